package org.clinicalnotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralPrefixesTest {

    @Test
    void reads_the_literal_start_of_alternatives_and_optional_groups() {
        LiteralPrefixes p = LiteralPrefixes.of("(?:therap(?:y|ist)|(?:the )?nurse|x-?ray)\\b", false);
        assertThat(p).isNotNull();
        assertThat(p.mayStartAt("therapy", 0)).isTrue();
        assertThat(p.mayStartAt("the nurse", 0)).isTrue();
        assertThat(p.mayStartAt("nurse", 0)).isTrue();
        assertThat(p.mayStartAt("xray", 0)).isTrue();
        assertThat(p.mayStartAt("then", 0)).isFalse();
        assertThat(p.mayStartAt("the", 0)).isFalse();
        assertThat(p.mayStartAt("pain", 0)).isFalse();
        assertThat(p.mayStartAt("THERAPY", 0)).isFalse();
        assertThat(LiteralPrefixes.of("(?:pain)", true).mayStartAt("PAIN", 0)).isTrue();
        assertThat(LiteralPrefixes.of("pain", false).mayStartAt("p\u00e9in", 0)).isTrue(); // non-ASCII: the regex decides
    }

    @Test
    void gives_up_where_the_start_is_not_plain_text() {
        assertThat(LiteralPrefixes.of("\\d+ mg", false)).isNull();
        assertThat(LiteralPrefixes.of("[a-z]+", false)).isNull();
        assertThat(LiteralPrefixes.of("(?:a|\\w)", false)).isNull();
        assertThat(LiteralPrefixes.of("(?i)pain", false)).isNull();
        assertThat(LiteralPrefixes.of("(?:pain){0,2}ache", false)).isNull();
        assertThat(LiteralPrefixes.of("pa(?i)in", false)).isNull();
    }

    /** Every position where a shipped word-start pattern matches passes the filter. */
    @Test
    void never_rejects_a_position_where_a_shipped_pattern_matches() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        List<String> words = new ArrayList<>(List.of("the", "you", "I", "é", "9", "-", ",", " ", "'", ".", "THE"));
        read("/org/clinicalnotes/template/visit-kinds.tsv", 1, 0, patterns, words);
        read("/org/clinicalnotes/model/offline/voice.tsv", 1, Pattern.CASE_INSENSITIVE, patterns, words);
        read("/org/clinicalnotes/model/offline/non-clinical.tsv", 1, Pattern.CASE_INSENSITIVE, patterns, words);
        int checked = 0;
        Random r = new Random(11);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = r.nextInt(10); j > 0; j--) {
                String w = words.get(r.nextInt(words.size()));
                sb.append(r.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT)).append(r.nextInt(3) == 0 ? "" : " ");
            }
            String s = sb.toString();
            for (Pattern p : patterns) {
                String re = p.pattern();
                LiteralPrefixes f = re.startsWith("\\b")
                        ? LiteralPrefixes.of(re.substring(2), (p.flags() & Pattern.CASE_INSENSITIVE) != 0) : null;
                if (f == null) {
                    continue;
                }
                Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                for (int k = 0; k < s.length(); k++) {
                    if (m.region(k, s.length()).lookingAt()) {
                        checked++;
                        assertThat(f.mayStartAt(s, k)).as(re + " at " + k + " of '" + s + "'").isTrue();
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** Adds each line's pattern (column {@code col}) and the words of its alternatives, for random text. */
    private static void read(String resource, int col, int flags, List<Pattern> patterns, List<String> words)
            throws IOException {
        try (InputStream in = LiteralPrefixesTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String re = line.split("\t", -1)[col].strip();
                patterns.add(Pattern.compile(re, flags));
                for (String w : re.replaceAll("[^a-z' ]+", " ").split(" +")) {
                    if (!w.isBlank()) {
                        words.add(w);
                    }
                }
            }
        }
    }
}
