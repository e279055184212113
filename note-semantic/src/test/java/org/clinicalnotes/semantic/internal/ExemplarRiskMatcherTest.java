package org.clinicalnotes.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.SemanticHit;
import org.clinicalnotes.risk.SemanticRiskMatcher;
import org.clinicalnotes.semantic.SemanticRisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The matcher with the real model and bank. */
class ExemplarRiskMatcherTest {

    private static final SemanticRiskMatcher MATCHER = SemanticRisk.matcher();

    /** Paraphrases that are not in the bank, idioms, and a blank line. */
    private static final List<String> BATCH = List.of(
            "some days i wish i just wouldn't wake up",
            "this homework is killing me",
            "my dad hits me with a belt",
            "",
            "my friend had to give me narcan",
            "honestly i could murder a large pizza right now",
            "i wrote letters to my family saying goodbye",
            "my husband strangled me last night");

    @Test
    void serviceLoaderFindsIt() {
        List<SemanticRiskMatcher> found = ServiceLoader.load(SemanticRiskMatcher.class).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).isInstanceOf(ExemplarRiskMatcher.class);
        assertThat(found.get(0).id()).isEqualTo("all-minilm-l6-v2-q/exemplars-" + ExemplarRiskMatcher.BANK_VERSION);
        assertThat(SemanticRisk.matcher()).isSameAs(MATCHER);
        assertThat(MATCHER.toString()).doesNotContain(" ").contains(MATCHER.id());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            some days i wish i just wouldn't wake up           | SUICIDAL_IDEATION         | WISH_TO_BE_DEAD
            been thinking about taking myself out              | SUICIDAL_IDEATION         | NON_SPECIFIC_THOUGHTS
            i wrote letters to my family saying goodbye        | SUICIDAL_IDEATION         | PREPARATORY
            i cut my arms with a razor when i'm upset          | SELF_HARM                 |
            my dad hits me with a belt                         | CHILD_ABUSE               |
            my husband strangled me last night                 | INTIMATE_PARTNER_VIOLENCE |
            my friend had to give me narcan                    | DANGEROUS_SUBSTANCE_USE   |
            """)
    void paraphrasesOutsideTheBankAreMatched(String sentence, RiskFlag.Kind kind, RiskFlag.CssrsLevel level) {
        assertThat(bankTexts()).doesNotContain(sentence);

        List<SemanticHit> hits = MATCHER.match(List.of(sentence)).get(0);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).kind()).isEqualTo(kind);
        assertThat(hits.get(0).level()).isEqualTo(level);
        assertThat(hits.get(0).similarity()).isBetween(MatchRule.THRESHOLD, 1.0);
        assertThat(hits.get(0).exemplar()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "this homework is killing me",
        "i'm dying to try that new restaurant",
        "honestly i could murder a large pizza right now",
        "yeah",
        "okay so what time is the appointment"})
    void idiomsAndSmallTalkAreNot(String sentence) {
        assertThat(bankTexts()).doesNotContain(sentence);
        assertThat(MATCHER.match(List.of(sentence)).get(0)).isEmpty();
    }

    @Test
    void aBatchKeepsItsOrder() {
        List<List<SemanticHit>> batch = MATCHER.match(BATCH);

        assertThat(batch).hasSize(BATCH.size());
        for (int i = 0; i < BATCH.size(); i++) {
            assertThat(batch.get(i)).as("sentence %d", i).isEqualTo(MATCHER.match(List.of(BATCH.get(i))).get(0));
        }
        List<String> reversed = new ArrayList<>(BATCH);
        Collections.reverse(reversed);
        List<List<SemanticHit>> back = new ArrayList<>(MATCHER.match(reversed));
        Collections.reverse(back);
        assertThat(back).isEqualTo(batch);
    }

    @Test
    void repeatedSentencesGetTheSameHits() {
        List<List<SemanticHit>> hits = MATCHER.match(List.of("my dad hits me with a belt", "yeah",
                "my dad hits me with a belt"));
        assertThat(hits.get(0)).isNotEmpty().isEqualTo(hits.get(2));
        assertThat(hits.get(1)).isEmpty();
    }

    @Test
    void emptyAndBlankInput() {
        assertThat(MATCHER.match(List.of())).isEmpty();
        assertThat(MATCHER.match(List.of("", "   ", "\n"))).containsExactly(List.of(), List.of(), List.of());
        assertThatThrownBy(() -> MATCHER.match(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MATCHER.match(Arrays.asList("i cut myself", null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageNotContaining("cut");
    }

    @Test
    void deterministic() {
        assertThat(MATCHER.match(BATCH)).isEqualTo(MATCHER.match(BATCH));
        assertThat(new ExemplarRiskMatcher().match(BATCH)).isEqualTo(MATCHER.match(BATCH));
    }

    @Test
    void resultsAreImmutable() {
        List<List<SemanticHit>> hits = MATCHER.match(BATCH);
        assertThatThrownBy(() -> hits.add(List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> hits.get(0).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void threadSafeFromEightThreads() throws Exception {
        List<List<SemanticHit>> expected = MATCHER.match(BATCH);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<List<SemanticHit>>>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                for (int round = 0; round < 4; round++) {
                    jobs.add(() -> MATCHER.match(BATCH));
                }
            }
            for (Future<List<List<SemanticHit>>> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> bankTexts() {
        return ExemplarBank.load().stream().map(Exemplar::text).collect(Collectors.toList());
    }
}
