package org.clinicalnotes.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;

class ReadingCacheTest {

    private static final Path SAMPLE = Path.of("../examples/samples/course-client");

    @Test
    void a_second_brief_of_the_same_history_embeds_nothing_and_gives_the_same_brief() {
        CountingEmbedder embedder = new CountingEmbedder();
        CourseAnalyzer analyzer = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).embedder(embedder).build();
        ClientHistory history = ClientHistory.load(SAMPLE);

        String first = BriefJson.write(Brief.of(analyzer.analyze(history)));
        int embedded = embedder.seen.size();
        String second = BriefJson.write(Brief.of(analyzer.analyze(history)));

        assertThat(embedded).isPositive();
        assertThat(embedder.seen).hasSize(embedded).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
        // a fresh analyzer (empty cache) gives the same brief
        assertThat(BriefJson.write(Brief.of(CourseAnalyzer.builder().riskScreen(RiskScreen.lexical())
                .embedder(new CountingEmbedder()).build().analyze(history)))).isEqualTo(first);
    }

    @Test
    void only_client_turns_that_carry_a_clustered_word_are_embedded() {
        CountingEmbedder embedder = new CountingEmbedder();
        ClientHistory history = ClientHistory.load(SAMPLE);
        CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).embedder(embedder).build().analyze(history);

        long clientTurns = history.sessions().stream().flatMap(s -> s.transcript().utterances().stream())
                .filter(u -> u.role() != org.clinicalnotes.transcript.SpeakerRole.CLINICIAN).map(u -> u.text()).distinct().count();
        assertThat(embedder.seen).isNotEmpty().hasSizeLessThan((int) clientTurns);
    }

    @Test
    void the_cached_findings_are_the_screens_own() {
        ClientHistory history = ClientHistory.load(SAMPLE);
        ReadingCache cache = new ReadingCache();
        for (CourseSession s : history.sessions()) {
            assertThat(cache.findings(RiskScreen.lexical(), s.transcript()))
                    .isEqualTo(RiskScreen.lexical().findings(s.transcript()))
                    .isSameAs(cache.findings(RiskScreen.lexical(), s.transcript()));
        }
    }
}
