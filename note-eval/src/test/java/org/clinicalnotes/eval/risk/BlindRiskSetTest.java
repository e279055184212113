package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.eval.FrozenResource;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blind sets (the burnt former test sets and the training sets) are byte-for-byte what their READMEs froze, and the development set does not regress
 * below the figures recorded in docs/risk-eval (development-set floors, not quality claims: the quality figure is
 * the frozen test set's, reported in the README).
 */
class BlindRiskSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/risk-blind/test-2026-12/part-a.jsonl,c05d58a38d51c8e4a8b27ed748bf6a01e17a706dab66d7e840c005d93b053864",
        "/risk-blind/test-2026-12/part-b.jsonl,48689ea7ccaeb446436cc70dbc41b404b3f67c2a0bc526b4f36c877f7ad8300e",
        "/risk-blind/train-2026-12b/part-a.jsonl,3dad5da9cad7fb9f26705db202ea1577b9d9181fb3ac438823c439ddf0a7af80",
        "/risk-blind/train-2026-12b/part-b.jsonl,f1f93dafec683640f0d08a02b395d543246468af4feec9201375b390b39e69a4",
        "/risk-blind/train-2026-12/train-a.jsonl,05d2ad84b82967da638729e5105f0bd15423868018bda293228cd0c8b481d057",
        "/risk-blind/train-2026-12/train-b.jsonl,9ac74384487454c8a9000f5f0bdfdd989eab5e85dc14b7a918fa7376c844ecaa",
        "/risk-blind/train-2026-12c/train-a.jsonl,18a4a003da66c9772024345ffcba99731e5ad4107a82e7c96dd6d3c2a2e4256b",
        "/risk-blind/train-2026-12c/train-b.jsonl,e9fd3531057482cb0e96e17b0731c02a5b992568059fd0531bf12dad8235de14",
        "/risk-blind/dev-2026-12c/part-a.jsonl,10d6672d21405ed59f8c784fe6f765266aa2281273bc857e2bc4340806410bb2",
        "/risk-blind/dev-2026-12c/part-b.jsonl,fc197720bbcc12c13e9067e59bda9a6712c2284bc2fbc964b7843ede2923ee35",
        "/risk-blind/train-2026-12e/train-e.jsonl,c24145ece676900bd8ae129bcfc768b1395b840832effbd8fb71bb73da2c6730",
        "/risk-blind/train-2026-12f/train-f.jsonl,6ff5ae77d6eb144ab72817d3267cc41089511f713d90eb6a5368f9f032414066",
        "/risk-blind/dev-2026-12d/part-a.jsonl,340c05c9e82b12d91a2f6c76a169dda3f9278076614ee31da526b712a0c94aea",
        "/risk-blind/dev-2026-12d/part-b.jsonl,ca888cc00ca8da8e56d8b8ea3a806912d74bdda8ef4638219a3783e5d49d5588"})
    void frozen_test_set_is_unchanged(String resource, String sha256) throws Exception {
        assertThat(FrozenResource.sha256(resource)).as(resource).isEqualTo(sha256);
    }

    @Test
    void frozen_test_set_has_the_counts_its_readme_states() {
        List<BlindRiskReport.Case> a = BlindRiskReport.load("/risk-blind/test-2026-12/part-a.jsonl");
        List<BlindRiskReport.Case> b = BlindRiskReport.load("/risk-blind/test-2026-12/part-b.jsonl");
        assertThat(a).hasSize(414);
        assertThat(b).hasSize(224);
        assertThat(BlindRiskReport.load("/risk-blind/train-2026-12b/part-a.jsonl")).hasSize(422);
        assertThat(BlindRiskReport.load("/risk-blind/train-2026-12b/part-b.jsonl")).hasSize(219);
        assertThat(BlindRiskReport.load("/risk-blind/train-2026-12/train-a.jsonl")).hasSize(486);
        assertThat(BlindRiskReport.load("/risk-blind/train-2026-12/train-b.jsonl")).hasSize(419);
        List<BlindRiskReport.Case> c = BlindRiskReport.load("/risk-blind/train-2026-12c/train-a.jsonl");
        assertThat(c).hasSize(330).allSatisfy(x -> assertThat(x.evidence()).isNotEmpty());
        assertThat(BlindRiskReport.load("/risk-blind/train-2026-12c/train-b.jsonl")).hasSize(326);
        assertThat(BlindRiskReport.load("/risk-blind/dev-2026-12c/part-a.jsonl")).hasSize(458);
        assertThat(BlindRiskReport.load("/risk-blind/dev-2026-12c/part-b.jsonl")).hasSize(223);
        assertThat(BlindRiskReport.load("/risk-blind/train-2026-12e/train-e.jsonl")).hasSize(360)
                .allSatisfy(x -> assertThat(x.evidence()).isNotEmpty());
        assertThat(BlindRiskReport.load("/risk-blind/dev-2026-12d/part-a.jsonl")).hasSize(437);
        assertThat(BlindRiskReport.load("/risk-blind/dev-2026-12d/part-b.jsonl")).hasSize(242);
        assertThat(BlindRiskReport.load("/risk-blind/train-2026-12f/train-f.jsonl")).hasSize(340)
                .allSatisfy(x -> assertThat(x.evidence()).isNotEmpty());
    }

    @Test
    void development_set_does_not_regress() {
        List<BlindRiskReport.Case> dev = BlindRiskReport.load("/risk-blind/dev-2026-12/dev.jsonl");
        BlindRiskReport.Result lexical = BlindRiskReport.score(RiskScreen.lexical(), dev);
        assertThat(ratio(lexical.all.found, lexical.all.present)).isGreaterThanOrEqualTo(0.42);
        assertThat(ratio(lexical.all.deniedNotPresent, lexical.all.denied)).isGreaterThanOrEqualTo(0.98);
        RiskScreen withMatcher = RiskScreen.create();
        assertThat(withMatcher.semanticMatcher()).isPresent();
        BlindRiskReport.Result semantic = BlindRiskReport.score(withMatcher, dev);
        assertThat(ratio(semantic.all.found, semantic.all.present)).isGreaterThanOrEqualTo(0.80);
        assertThat(ratio(semantic.all.deniedNotPresent, semantic.all.denied)).isGreaterThanOrEqualTo(0.96);
        assertThat(ratio(semantic.hardNegativeAlarms, semantic.hardNegatives)).isLessThanOrEqualTo(0.06);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
