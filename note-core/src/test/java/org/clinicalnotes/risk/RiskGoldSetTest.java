package org.clinicalnotes.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The risk gold set: every snippet's expected kinds and statuses (and severities where given) must come out
 * exactly; a kind the snippet does not list must not be flagged PRESENT.
 */
class RiskGoldSetTest {

    static final List<JsonNode> GOLD = Gold.load("/gold/risk-gold.jsonl");

    static Stream<Arguments> snippets() {
        return GOLD.stream().map(n -> Arguments.of(n.get("id").asText(), n));
    }

    @Test
    void gold_set_has_at_least_sixty_snippets_across_every_kind_and_status() {
        assertThat(GOLD).hasSizeGreaterThanOrEqualTo(60);
        Map<RiskFlag.Kind, Integer> kinds = new EnumMap<>(RiskFlag.Kind.class);
        Map<RiskFlag.Status, Integer> statuses = new EnumMap<>(RiskFlag.Status.class);
        for (JsonNode n : GOLD) {
            n.get("expect").fields().forEachRemaining(e -> {
                kinds.merge(RiskFlag.Kind.valueOf(e.getKey()), 1, Integer::sum);
                statuses.merge(RiskFlag.Status.valueOf(e.getValue().asText()), 1, Integer::sum);
            });
        }
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(RiskFlag.Kind.values());
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(RiskFlag.Status.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void screen_matches_gold(String id, JsonNode n) {
        Transcript t = Gold.dialog(id, n.get("dialog").asText());
        List<RiskFlag> flags = RiskScreen.create().screen(t);
        Map<RiskFlag.Kind, RiskFlag> byKind = new EnumMap<>(RiskFlag.Kind.class);
        flags.forEach(f -> byKind.put(f.kind(), f));

        Map<RiskFlag.Kind, RiskFlag.Status> expected = new EnumMap<>(RiskFlag.Kind.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("expect").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            expected.put(RiskFlag.Kind.valueOf(e.getKey()), RiskFlag.Status.valueOf(e.getValue().asText()));
        }
        for (Map.Entry<RiskFlag.Kind, RiskFlag.Status> e : expected.entrySet()) {
            assertThat(byKind).as(id + ": flag " + e.getKey()).containsKey(e.getKey());
            RiskFlag f = byKind.get(e.getKey());
            assertThat(f.status()).as(id + ": status of " + e.getKey()).isEqualTo(e.getValue());
            assertThat(f.evidence()).as(id + ": evidence ids exist").isNotEmpty()
                    .allSatisfy(ev -> assertThat(t.utterance(ev)).isPresent());
        }
        for (RiskFlag f : flags) {
            if (!expected.containsKey(f.kind())) {
                assertThat(f.status()).as(id + ": unexpected " + f.kind()).isNotEqualTo(RiskFlag.Status.PRESENT);
            }
        }
        JsonNode sev = n.get("severity");
        if (sev != null) {
            sev.fields().forEachRemaining(e -> assertThat(byKind.get(RiskFlag.Kind.valueOf(e.getKey())).severity())
                    .as(id + ": severity of " + e.getKey()).isEqualTo(RiskFlag.Severity.valueOf(e.getValue().asText())));
        }
    }
}
