package org.clinicalnotes.speech.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class SpeechHttpTest {

    @Test
    void retry_after_reads_seconds_and_http_dates_and_is_capped() {
        Duration cap = Duration.ofSeconds(30);
        assertThat(SpeechHttp.parseRetryAfter("2", cap)).contains(Duration.ofSeconds(2));
        assertThat(SpeechHttp.parseRetryAfter("0.5", cap)).contains(Duration.ofMillis(500));
        assertThat(SpeechHttp.parseRetryAfter("3600", cap)).contains(cap);
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
        assertThat(SpeechHttp.parseRetryAfter(past, cap)).contains(Duration.ZERO);
        assertThat(SpeechHttp.parseRetryAfter("soon", cap)).isEmpty();
    }

    @Test
    void backoff_doubles_up_to_the_cap() {
        SpeechHttp http = new SpeechHttp("t", "T_KEY", Duration.ofSeconds(1), 5, Duration.ofMillis(100),
                Duration.ofMillis(500));
        assertThat(http.backoff(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(http.backoff(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(http.backoff(3)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void error_detail_reads_openai_and_deepgram_shapes() {
        assertThat(SpeechHttp.errorDetail("{\"error\": {\"message\": \"bad\\nfile\"}}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("bad file");
        assertThat(SpeechHttp.errorDetail("{\"err_code\": \"X\", \"err_msg\": \"nope\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("nope");
        assertThat(SpeechHttp.errorDetail("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
