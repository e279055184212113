package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.eval.FrozenResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frozen blind test set {@code test-2026-12d} (held back for the next round) is byte for byte what its README froze,
 * with its case counts. The burnt {@code test-2026-12c}, now {@code dev-2026-12c}, is pinned in {@code BlindRiskSetTest}.
 */
class FrozenRiskTestSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/risk-blind/test-2026-12d/part-a.jsonl,340c05c9e82b12d91a2f6c76a169dda3f9278076614ee31da526b712a0c94aea,437",
        "/risk-blind/test-2026-12d/part-b.jsonl,ca888cc00ca8da8e56d8b8ea3a806912d74bdda8ef4638219a3783e5d49d5588,242"})
    void frozen_test_set_is_unchanged(String resource, String sha256, int cases) throws Exception {
        assertThat(FrozenResource.sha256(resource)).as(resource).isEqualTo(sha256);
        assertThat(BlindRiskReport.load(resource)).hasSize(cases);
    }
}
