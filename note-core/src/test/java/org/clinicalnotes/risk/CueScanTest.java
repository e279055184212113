package org.clinicalnotes.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one-scan cue search gives exactly the matches of a {@code find()} loop, on real and random text. */
class CueScanTest {

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String resource : List.of("/gold/risk-gold.jsonl", "/gold/measure-gold.jsonl")) {
            try (InputStream in = CueScanTest.class.getResourceAsStream(resource)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(out::add);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/transcripts"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.addAll(Files.readAllLines(p, StandardCharsets.ISO_8859_1));
            }
        }
        // every pattern's own literals among common words and punctuation, so that many of them match
        Random random = new Random(20261207);
        List<Pattern> patterns = CueScan.patterns();
        String[] words = {"i", "you", "my", "myself", "yourself", "to", "the", "a", "off", "of", "all", "life", "wish",
            "kill", "end", "it", "hit", "me", "was", "dead", "partner", "pills", "safe", "home", "up", "away", "plan"};
        String[] gaps = {" ", "  ", ", ", ". ", "? ", "-", "'", "\t", " \u00e9"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 10; w++) {
                if (random.nextInt(3) == 0) {
                    String[] lits = CuePrefilter.all().get(patterns.get(random.nextInt(patterns.size())));
                    sb.append(lits[random.nextInt(lits.length)]);
                } else {
                    sb.append(words[random.nextInt(words.length)]);
                }
                sb.append(gaps[random.nextInt(gaps.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static List<String> spans(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test
    void candidates_find_every_match_of_every_pre_checked_pattern() throws IOException {
        int matches = 0;
        for (String raw : texts()) {
            String text = Context.normalise(raw);
            CueScan.Found found = CueScan.scan(text);
            for (Pattern p : CueScan.patterns()) {
                List<String> expected = spans(p.matcher(text));
                int id = CueScan.id(p);
                List<String> actual = new ArrayList<>();
                if (found.has(id)) {
                    Matcher m = CueScan.matcher(p, text);
                    int from = 0;
                    while (found.next(m, id, from, text.length())) {
                        actual.add(m.start() + "-" + m.end());
                        from = m.end();
                    }
                }
                assertThat(actual).as(p.pattern() + " in " + text).isEqualTo(expected);
                assertThat(CueScan.any(p, text, found)).isEqualTo(!expected.isEmpty());
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void hits_equal_the_search_per_cue_and_sentence_slices_equal_their_own_scan() throws IOException {
        for (String raw : texts()) {
            String text = Context.normalise(raw);
            CueScan.Found whole = CueScan.scan(text);
            int cursor = 0;
            for (String s : Context.sentences(text)) {
                int at = text.indexOf(s, cursor);
                cursor = at + s.length();
                CueScan.Found slice = whole.slice(at, s.length());
                CueScan.Found own = CueScan.scan(s);
                for (Pattern p : CueScan.patterns()) {
                    assertThat(slice.has(CueScan.id(p))).as(p.pattern() + " in " + s).isEqualTo(own.has(CueScan.id(p)));
                }
                for (List<RiskCues.Cue> cues : List.of(RiskCues.CUES, RiskCues.SI_DETAILS, RiskCues.SI_STRONG)) {
                    assertThat(Context.hits(s, cues)).as(s).isEqualTo(Context.hitsBySearch(s, s, cues));
                }
            }
        }
    }

    @Test
    void white_space_collapses_as_the_regex_does() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Context.collapseSpace(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }
}
