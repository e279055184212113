package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.eval.FrozenResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frozen blind test sets {@code test-2026-12f} (round 5, scored twice, now development data) and
 * {@code test-2026-12h} (round 6) are byte for byte what their READMEs froze, with their case counts. The burnt {@code test-2026-12c} and {@code test-2026-12d}, now development sets, are pinned in
 * {@code BlindRiskSetTest}.
 */
class FrozenRiskTestSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/risk-blind/test-2026-12f/part-a.jsonl,75192def05263955a81e10f1c7e702ac3bb68b24455852813a6e5d0f9764d141,428",
        "/risk-blind/test-2026-12f/part-b.jsonl,7107615d7ddc605b1556eb2f9ba7a3a883766aaebd6dd3f54da1375967008b8b,269",
        "/risk-blind/test-2026-12h/part-a.jsonl,8d68dcabd06b7bdb49f2fc26445cce5fe8760862516c57ae59ff9b011440bcf9,430",
        "/risk-blind/test-2026-12h/part-b.jsonl,51e0d5e13c6c730bfe6c4ff79f09bc7aaf175aa0885970df000b6590c6225ac4,302"})
    void frozen_test_set_is_unchanged(String resource, String sha256, int cases) throws Exception {
        assertThat(FrozenResource.sha256(resource)).as(resource).isEqualTo(sha256);
        assertThat(BlindRiskReport.load(resource)).hasSize(cases);
    }
}
