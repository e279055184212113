package org.clinicalnotes.eval.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.eval.FrozenResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frozen blind de-identification test sets ({@code test-2026-12c}, {@code test-2026-12e}, {@code test-2026-12g}, {@code test-2026-12i}) are byte for byte
 * what the README froze, with the number of conversations it states.
 */
class FrozenDeidTestSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/deid-blind/test-2026-12c/part-c.jsonl,e6684552e1305d49719c4f695772f9b0f711e6df2102c46a7ea712c578505bad,12",
        "/deid-blind/test-2026-12e/part-d.jsonl,5416651be1610f7f274157f3d0fbfb76459e15f8c81db9f2bef34ce603b78171,11",
        "/deid-blind/test-2026-12e/part-e.jsonl,483a21bf1030f92077ee81e37c8945f34d1860dc2b50f906faaec9206c2d7b6f,11",
        "/deid-blind/test-2026-12g/part-f.jsonl,a4662c121b9950eef6bde1665764a2e27a83ec14807af7a7995fab09875078e2,11",
        "/deid-blind/test-2026-12g/part-g.jsonl,77e6ca8092f59dbd141c8e072cb9a7317dfc3bb39b347077b8f36ea11588ce7b,11",
        "/deid-blind/test-2026-12i/part-h.jsonl,fd90424e9866c471b454648fdf1f8f828fcddc94742f163b46ea787e5ffde21d,11",
        "/deid-blind/test-2026-12i/part-i.jsonl,49b7b15913108842f5cff7339c5c01c5869f85ac13241adcf1d9641057232089,11"})
    void frozen_test_set_is_unchanged(String set, String sha256, int conversations) throws Exception {
        assertThat(FrozenResource.sha256(set)).as(set).isEqualTo(sha256);
        assertThat(BlindDeidReport.load(set)).hasSize(conversations);
    }
}
