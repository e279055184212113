package org.clinicalnotes.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinicalnotes.ConfigurationException;
import org.junit.jupiter.api.Test;

class SentenceEncoderThreadsTest {

    @Test
    void one_thread_unless_the_property_says_otherwise() {
        assertThat(SentenceEncoder.intraOpThreads(null)).isEqualTo(1);
        assertThat(SentenceEncoder.intraOpThreads(" ")).isEqualTo(1);
        assertThat(SentenceEncoder.intraOpThreads("4")).isEqualTo(4);
        assertThat(SentenceEncoder.intraOpThreads(" 64 ")).isEqualTo(64);
    }

    @Test
    void a_bad_count_is_a_configuration_error() {
        for (String bad : new String[] {"0", "-1", "65", "two", "1.5"}) {
            assertThatThrownBy(() -> SentenceEncoder.intraOpThreads(bad)).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("CN-3840").hasMessageContaining(SentenceEncoder.THREADS_PROPERTY);
        }
    }
}
