package org.clinicalnotes.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.clinicalnotes.measure.internal.MeasureExtractor;
import org.clinicalnotes.measure.internal.MedicationExtractor;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.risk.Gold;
import org.clinicalnotes.transcript.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The score and medication gold set: every expected mention comes out exactly, and nothing else. */
class MeasureGoldSetTest {

    static final List<JsonNode> GOLD = Gold.load("/gold/measure-gold.jsonl");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Stream<Arguments> snippets() {
        return GOLD.stream().map(n -> Arguments.of(n.get("id").asText(), n));
    }

    @Test
    void gold_set_has_at_least_twenty_score_and_medication_mentions() {
        int mentions = 0;
        for (JsonNode n : GOLD) {
            mentions += n.has("measures") ? n.get("measures").size() : 0;
            mentions += n.has("medications") ? n.get("medications").size() : 0;
        }
        assertThat(mentions).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void extractors_match_gold(String id, JsonNode n) {
        Transcript t = Gold.dialog(id, n.get("dialog").asText());
        if (n.has("measures")) {
            List<MeasureScore> got = MeasureExtractor.create().extract(t, DAY);
            JsonNode exp = n.get("measures");
            assertThat(got).as(id + ": measures").hasSize(exp.size());
            for (int i = 0; i < exp.size(); i++) {
                JsonNode e = exp.get(i);
                MeasureScore m = got.get(i);
                assertThat(m.instrument()).as(id).isEqualTo(e.get("instrument").asText());
                assertThat(m.value()).as(id + ": value").isEqualTo(e.get("value").asDouble());
                assertThat(m.unit()).as(id + ": unit").isEqualTo(e.has("unit") ? e.get("unit").asText() : "");
                assertThat(m.previousValue()).as(id + ": previous")
                        .isEqualTo(e.has("previous") ? e.get("previous").asDouble() : null);
                assertThat(m.interpretation()).as(id + ": band")
                        .isEqualTo(e.has("band") ? e.get("band").asText() : null);
                assertThat(m.date()).as(id + ": date").isEqualTo(e.has("today") ? DAY : null);
                assertThat(m.evidence()).containsExactly("u1");
            }
        }
        if (n.has("medications")) {
            List<MedicationMention> got = MedicationExtractor.create().extract(t);
            JsonNode exp = n.get("medications");
            assertThat(got).as(id + ": medications").hasSize(exp.size());
            for (int i = 0; i < exp.size(); i++) {
                JsonNode e = exp.get(i);
                MedicationMention m = got.get(i);
                assertThat(m.name()).as(id).isEqualTo(e.get("name").asText());
                assertThat(m.status()).as(id + ": status").isEqualTo(MedicationMention.Status.valueOf(e.get("status").asText()));
                if (e.has("dose")) {
                    assertThat(m.dose()).as(id + ": dose").isEqualTo(e.get("dose").asText());
                }
                if (e.has("frequency")) {
                    assertThat(m.frequency()).as(id + ": frequency").isEqualTo(e.get("frequency").asText());
                }
            }
        }
    }
}
