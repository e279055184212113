package org.clinicalnotes.eval.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The frozen blind de-identification test set {@code test-2026-12c} is byte for byte what the README froze. */
class FrozenDeidTestSetTest {

    private static final String SET = "/deid-blind/test-2026-12c/part-c.jsonl";

    @Test
    void frozen_test_set_is_unchanged() throws Exception {
        try (InputStream in = FrozenDeidTestSetTest.class.getResourceAsStream(SET)) {
            assertThat(in).as(SET).isNotNull();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest))
                    .isEqualTo("e6684552e1305d49719c4f695772f9b0f711e6df2102c46a7ea712c578505bad");
        }
        assertThat(BlindDeidReport.load(SET)).hasSize(12);
    }
}
