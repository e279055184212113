package org.clinicalnotes.eval.between;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinicalnotes.eval.FrozenResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frozen blind journal sets are byte-for-byte what their README froze, with the counts it states. */
class BlindJournalSetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/journal-blind/journal-dev.jsonl,a27b9b38920efaedaee1f5ec69fc97e70fe4c63ef5e3df63601b6d43d06c6b01,163,30",
        "/journal-blind/journal-test.jsonl,b381c3ab89b74d022393fdbd6ff49b549e5e016b5b9a1f5eb1271845f4459bd6,325,60",
        "/journal-blind/journal-test-2.jsonl,7b18605982d59576b5b4877fff80aa57b3d3bfb305824665714dd1598d3cc717,420,90",
        "/journal-blind/journal-test-3.jsonl,ca22a4d8acee3d8cdeca67514fb6307ccda5636aaaec16823484e2b1810e404d,420,90",
        "/journal-blind/journal-test-4.jsonl,252663560601f95699f9a20d843a2bcb21b90aae469872ce0f5b1525b19d764d,420,90"})
    void blind_sets_are_unchanged(String resource, String sha256, int entries, int risk) throws Exception {
        assertThat(FrozenResource.sha256(resource)).as(resource).isEqualTo(sha256);
        List<BlindJournalText> texts = BlindJournalText.load(resource);
        assertThat(texts).hasSize(entries);
        assertThat(texts.stream().filter(BlindJournalText::risk).count()).isEqualTo(risk);
    }
}
