package org.clinicalnotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapes_the_five_characters_or_keeps_apostrophes_when_asked() {
        String s = "<a href=\"x\">Tom & Jerry's</a> &#39;";
        assertThat(Html.escape(s)).isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; &amp;#39;");
        assertThat(Html.escapeKeepingApostrophes(s))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt; &amp;#39;");
        assertThat(Html.escape("plain text é")).isEqualTo("plain text é");
    }
}
