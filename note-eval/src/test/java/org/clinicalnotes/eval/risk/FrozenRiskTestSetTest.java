package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frozen blind test set {@code test-2026-12c} is byte for byte what its README froze, with its case counts. */
class FrozenRiskTestSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/risk-blind/test-2026-12c/part-a.jsonl,10d6672d21405ed59f8c784fe6f765266aa2281273bc857e2bc4340806410bb2,458",
        "/risk-blind/test-2026-12c/part-b.jsonl,fc197720bbcc12c13e9067e59bda9a6712c2284bc2fbc964b7843ede2923ee35,223"})
    void frozen_test_set_is_unchanged(String resource, String sha256, int cases) throws Exception {
        try (InputStream in = FrozenRiskTestSetTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
        }
        assertThat(BlindRiskReport.load(resource)).hasSize(cases);
    }
}
