package org.clinicalnotes.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptFormatTest {

    @Test
    void names_and_their_aliases_in_any_case() {
        assertThat(TranscriptFormat.fromName("AUTO")).contains(TranscriptFormat.AUTO);
        assertThat(TranscriptFormat.fromName("tagged")).contains(TranscriptFormat.TAGGED);
        assertThat(TranscriptFormat.fromName("speaker-colon")).contains(TranscriptFormat.SPEAKER_COLON);
        assertThat(TranscriptFormat.fromName("Speaker")).contains(TranscriptFormat.SPEAKER_COLON);
        assertThat(TranscriptFormat.fromName("WebVTT")).contains(TranscriptFormat.WEBVTT);
        assertThat(TranscriptFormat.fromName("vtt")).contains(TranscriptFormat.WEBVTT);
        assertThat(TranscriptFormat.fromName("json")).contains(TranscriptFormat.JSON);
    }

    @Test
    void an_unknown_name_is_empty() {
        assertThat(TranscriptFormat.fromName("docx")).isEmpty();
        assertThat(TranscriptFormat.fromName("")).isEmpty();
    }
}
