package org.clinicalnotes.eval.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.eval.FrozenResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frozen blind de-identification sets are byte-for-byte what their README froze, and the development set does
 * not fall below the figures recorded when the rules were last tuned (development-set floors, not quality claims:
 * the quality figure is the frozen test set's, reported in the README).
 */
class BlindDeidSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/deid-blind/test-2026-12/part-a.jsonl,7f4c43ca2df7e2aa2223d6a3d5c71138a6835c1f3b98cfabba57851c5bd96a5e",
        "/deid-blind/test-2026-12/part-b.jsonl,73ba4b7eb93d6506cc0505128aad0a2314e11515af318e1e284bacb5444af7e0",
        "/deid-blind/dev-2026-12/dev.jsonl,17b025d62b5aefad5d4a3332cef8d63d0b8662032cebac448089ac56561442e5"})
    void blind_sets_are_unchanged(String resource, String sha256) throws Exception {
        assertThat(FrozenResource.sha256(resource)).as(resource).isEqualTo(sha256);
    }

    @Test
    void frozen_test_set_has_the_counts_its_readme_states() {
        assertThat(BlindDeidReport.load("/deid-blind/test-2026-12/part-a.jsonl")).hasSize(12);
        assertThat(BlindDeidReport.load("/deid-blind/test-2026-12/part-b.jsonl")).hasSize(12);
    }

    @Test
    void development_set_does_not_regress() {
        BlindDeidReport.Totals t = BlindDeidReport.score("/deid-blind/dev-2026-12/dev.jsonl", 0, new StringBuilder());
        assertThat(t.all().items).isEqualTo(421);
        assertThat(ratio(t.all().caught, t.all().items)).as("item recall").isGreaterThanOrEqualTo(0.93);
        assertThat(ratio(t.byCategory().get("NAME").caught, t.byCategory().get("NAME").items)).as("names")
                .isGreaterThanOrEqualTo(0.96);
        assertThat(ratio(t.all().kept, t.all().keep)).as("keep-terms kept").isGreaterThanOrEqualTo(0.95);
        assertThat(ratio(t.all().changed, t.all().words)).as("non-PHI words changed").isLessThanOrEqualTo(0.006);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
