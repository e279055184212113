package org.clinicalnotes.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CuePrefilterTest {

    @Test
    void reads_the_leading_literals_of_an_alternation() {
        assertThat(CuePrefilter.literals("\\b(?:tried|try|trying|attempted)\\s+to\\s+kill"))
                .containsExactly("tried", "try", "trying", "attempted");
        assertThat(CuePrefilter.literals("\\bjump(?:ing|ed)?\\s+off")).containsExactly("jump");
        assertThat(CuePrefilter.literals("\\bwishes?\\s+i")).containsExactly("wishe");
        assertThat(CuePrefilter.literals("\\bsuicid\\w*")).containsExactly("suicid");
    }

    @Test
    void shapes_it_cannot_read_are_always_run() {
        assertThat(CuePrefilter.literals("\\ba(?:b|c)")).isEmpty();
        assertThat(CuePrefilter.literals("\\bkill|die")).isEmpty();
        assertThat(CuePrefilter.literals("\\bkill|\\bdie")).containsExactly("kill", "die");
        assertThat(CuePrefilter.literals("\\b(?:(?:little|baby)\\s*sister|son)")).containsExactly("little", "baby", "son");
        assertThat(CuePrefilter.literals("(?:kill)")).isEmpty();
        assertThat(CuePrefilter.literals("\\b(?:kill|die)?\\s+x")).isEmpty();
        assertThat(CuePrefilter.literals("\\b(?:physically\\s+|sexually\\s+)?abused"))
                .containsExactlyInAnyOrder("abused", "physically", "sexually");
        assertThat(CuePrefilter.mayMatch(Pattern.compile("x"), "anything")).isTrue();
    }

    @Test
    void most_cues_get_a_pre_check() {
        assertThat(CuePrefilter.prefiltered()).isGreaterThan((RiskCues.CUES.size() + RiskCues.SI_DETAILS.size()) / 2);
    }

    @Test
    void never_skips_a_pattern_that_matches() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String resource : List.of("/gold/risk-gold.jsonl", "/gold/measure-gold.jsonl")) {
            try (InputStream in = CuePrefilterTest.class.getResourceAsStream(resource)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(sentences::add);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/transcripts"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                sentences.addAll(Files.readAllLines(p, StandardCharsets.ISO_8859_1));
            }
        }
        // each pattern's own literals mixed with random words, in both cases, so that many of them match
        Random random = new Random(20261124);
        List<RiskCues.Cue> cues = new ArrayList<>(RiskCues.CUES);
        cues.addAll(RiskCues.SI_DETAILS);
        String[] words = {"i", "you", "my", "myself", "yourself", "to", "the", "a", "off", "of", "all", "life",
            "wish", "kill", "end", "it", "hit", "me", "was", "dead", "partner", "pills", "bridge", "safe", "home"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                if (random.nextInt(3) == 0) {
                    String[] lits = CuePrefilter.literals(random.nextInt(4) == 0
                            ? RiskCues.ACTION_PATTERNS.get(random.nextInt(RiskCues.ACTION_PATTERNS.size())).pattern()
                            : cues.get(random.nextInt(cues.size())).pattern().pattern());
                    sb.append(lits.length == 0 ? "x" : lits[random.nextInt(lits.length)]);
                } else {
                    sb.append(words[random.nextInt(words.length)]);
                }
                sb.append(random.nextBoolean() ? " " : "  ");
            }
            String s = sb.toString();
            sentences.add(random.nextInt(4) == 0 ? s.toUpperCase(Locale.ROOT) : s);
        }
        List<Pattern> patterns = new ArrayList<>(cues.stream().map(RiskCues.Cue::pattern).toList());
        patterns.addAll(RiskCues.ACTION_PATTERNS);
        int matched = 0;
        for (String s : sentences) {
            String lower = s.toLowerCase(Locale.ROOT);
            for (Pattern p : patterns) {
                if (p.matcher(s).find()) {
                    matched++;
                    assertThat(CuePrefilter.mayMatch(p, lower)).as(p.pattern()).isTrue();
                }
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
