package org.clinicalnotes.eval.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clinicalnotes.deid.PhiCategory;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed gold set: reproducible from its seed, and scored against the project's targets. */
class DeidGoldSetTest {

    static List<GoldTranscript> gold;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DeidGoldSetTest.class.getResourceAsStream("/deid-gold/gold.jsonl")) {
            gold = DeidGoldGenerator.read(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    @Test
    void the_committed_gold_set_is_what_the_seed_generates() {
        assertThat(gold).hasSizeGreaterThanOrEqualTo(300);
        List<GoldTranscript> again = DeidGoldGenerator.generate(20261124L, gold.size());
        assertThat(again).isEqualTo(gold);
    }

    @Test
    void the_gold_set_labels_every_safe_harbor_category() {
        java.util.Set<PhiCategory> seen = java.util.EnumSet.noneOf(PhiCategory.class);
        gold.forEach(g -> g.spans().forEach(s -> seen.add(s.category())));
        assertThat(seen).containsExactlyInAnyOrder(PhiCategory.values());
    }

    @Test
    void meets_the_recall_and_precision_targets_on_the_gold_set() {
        DeidScore.Board b = DeidScore.gold(SafeHarborDeidentifier.builder().seed(5).build(), gold);
        assertThat((double) b.caughtTotal() / b.goldTotal()).isGreaterThanOrEqualTo(0.995);
        for (String c : List.of("NAME", "PHONE", "EMAIL", "SSN", "MEDICAL_RECORD_NUMBER")) {
            DeidScore.Stat s = b.byGold.get(c);
            assertThat(s.caught).as(c).isEqualTo(s.gold);
        }
        assertThat((double) b.predictedInGold / b.predicted).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scoring_counts_a_span_with_a_surviving_character_as_missed() {
        DeidScore.Board b = new DeidScore.Board("t");
        b.add("call Maria Lopez now", List.of(new DeidScore.Gold(5, 16, "NAME")), List.of(new int[] {5, 10}),
                List.of(PhiCategory.NAME), false);
        b.add("call Maria Lopez now", List.of(new DeidScore.Gold(5, 16, "NAME")), List.of(new int[] {0, 16}),
                List.of(PhiCategory.NAME), false);
        assertThat(b.byGold.get("NAME").gold).isEqualTo(2);
        assertThat(b.byGold.get("NAME").caught).isEqualTo(1);
        // 5 + 15 redacted non-space characters, 5 + 10 of them gold
        assertThat(b.predicted).isEqualTo(19);
        assertThat(b.predictedInGold).isEqualTo(15);
    }
}
