package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frozen blind test sets {@code test-2026-12c} and {@code test-2026-12d} (held back for the next round) are byte for byte what their READMEs froze, with their case counts. */
class FrozenRiskTestSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/risk-blind/test-2026-12c/part-a.jsonl,10d6672d21405ed59f8c784fe6f765266aa2281273bc857e2bc4340806410bb2,458",
        "/risk-blind/test-2026-12c/part-b.jsonl,fc197720bbcc12c13e9067e59bda9a6712c2284bc2fbc964b7843ede2923ee35,223",
        "/risk-blind/test-2026-12d/part-a.jsonl,340c05c9e82b12d91a2f6c76a169dda3f9278076614ee31da526b712a0c94aea,437",
        "/risk-blind/test-2026-12d/part-b.jsonl,ca888cc00ca8da8e56d8b8ea3a806912d74bdda8ef4638219a3783e5d49d5588,242"})
    void frozen_test_set_is_unchanged(String resource, String sha256, int cases) throws Exception {
        try (InputStream in = FrozenRiskTestSetTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
        }
        assertThat(BlindRiskReport.load(resource)).hasSize(cases);
    }
}
