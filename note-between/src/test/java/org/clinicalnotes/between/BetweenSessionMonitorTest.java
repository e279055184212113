package org.clinicalnotes.between;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;

class BetweenSessionMonitorTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 1, 21, 0, 0, 0, ZoneId.of("America/Chicago"));
    private static final int[] CALM = {2, 3, 2, 2, 3, 1, 2, 3, 2, 2, 3, 2, 2, 1, 3, 2, 2, 3, 2, 2};

    private static BetweenSessionMonitor monitor() {
        return BetweenSessionMonitor.builder().riskScreen(RiskScreen.lexical())
                .addCrisisResource(new CrisisResource("988 Suicide & Crisis Lifeline", "call or text 988")).build();
    }

    private static JournalEntry rating(String client, int day, int anxiety, String text) {
        return new JournalEntry("d" + day, client, START.plusDays(day), text, 7, anxiety, 7.0, List.of(), List.of());
    }

    /** Calm days with a given anxiety rating, the day index as id. */
    private static List<Alert> calmDays(BetweenSessionMonitor m, String client, int from, int to) {
        List<Alert> out = new ArrayList<>();
        for (int d = from; d < to; d++) {
            out.addAll(m.accept(rating(client, d, CALM[d % CALM.length], "Ordinary day, cooked dinner.")));
        }
        return out;
    }

    @Test
    void no_spike_during_warm_up() {
        BetweenSessionMonitor m = monitor();
        m.accept(rating("c1", 0, 2, null));
        assertThat(m.accept(rating("c1", 1, 9, "panic attack, heart racing"))).isEmpty();
    }

    @Test
    void a_spike_against_the_own_baseline_raises_one_high_alert_per_episode_with_a_draft_exercise() {
        BetweenSessionMonitor m = monitor();
        assertThat(calmDays(m, "c1", 0, 14)).isEmpty();

        List<Alert> raised = m.accept(rating("c1", 14, 9, "Panic attack on the train, heart racing, couldn't breathe."));
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.priority()).isEqualTo(AlertPriority.HIGH);
            assertThat(a.kind()).isEqualTo(AlertKind.SPIKE);
            assertThat(a.signalNumbers()).hasValueSatisfying(n -> {
                assertThat(n.signal()).startsWith("anxiety");
                assertThat(n.value()).isGreaterThanOrEqualTo(n.threshold());
                assertThat(n.baseline()).isLessThan(3);
            });
            assertThat(a.suggested()).hasValueSatisfying(s -> {
                assertThat(s.status()).isEqualTo(Suggestion.Status.DRAFT);
                assertThat(s.exerciseId()).isEqualTo("paced-breathing");
            });
            assertThat(a.evidence().get(0).words()).contains("Panic attack");
            assertThat(a.explanation()).doesNotContain("train");
        });
        String id = raised.get(0).id();

        // the next day is still high: the same episode, the same alert, updated
        List<Alert> next = m.accept(rating("c1", 15, 8, "Still shaky."));
        assertThat(next).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.entryIds()).containsExactly("d14", "d15");
        });
        // back to baseline, then a second spike: a second alert
        calmDays(m, "c1", 16, 26);
        List<Alert> second = m.accept(rating("c1", 26, 9, "Everything is spiralling and I can't stop worrying."));
        assertThat(second).singleElement().satisfies(a -> {
            assertThat(a.id()).isNotEqualTo(id);
            assertThat(a.priority()).isEqualTo(AlertPriority.HIGH);
        });
        assertThat(m.alerts()).filteredOn(a -> a.priority() == AlertPriority.HIGH).hasSize(2);
    }

    @Test
    void a_present_risk_is_urgent_the_same_day_with_the_sentence_and_no_exercise() {
        BetweenSessionMonitor m = monitor();
        calmDays(m, "c1", 0, 14);
        List<Alert> raised = m.accept(rating("c1", 14, 9,
                "Bad night again. I keep thinking about ending it all. Nobody would notice."));
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.priority()).isEqualTo(AlertPriority.URGENT);
            assertThat(a.risk()).contains(RiskFlag.Kind.SUICIDAL_IDEATION);
            assertThat(a.evidence().get(0).sentence()).isEqualTo("I keep thinking about ending it all.");
            assertThat(a.suggested()).isEmpty();
            assertThat(a.crisisResources()).extracting(CrisisResource::contact).containsExactly("call or text 988");
            assertThat(a.raisedAt().toLocalDate()).isEqualTo(START.plusDays(14).toLocalDate());
        });
        // a second risk sentence later the same day joins the open URGENT alert
        JournalEntry later = JournalEntry.ofText("d14b", "c1", START.plusDays(14).plusHours(1),
                "I want to kill myself.");
        assertThat(m.accept(later)).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(raised.get(0).id());
            assertThat(a.entryIds()).containsExactly("d14", "d14b");
        });
    }

    @Test
    void a_denial_raises_nothing() {
        BetweenSessionMonitor m = monitor();
        calmDays(m, "c1", 0, 14);
        assertThat(m.accept(rating("c1", 14, 2, "Not suicidal, just tired of the commute."))).isEmpty();
    }

    @Test
    void sustained_worsening_is_a_routine_trend_alert() {
        BetweenSessionMonitor m = monitor();
        calmDays(m, "c1", 0, 24);
        List<Alert> all = new ArrayList<>();
        for (int d = 24; d < 48; d++) {
            int anxiety = 2 + (d - 24) / 4; // up a point every four days: no single jump
            all.addAll(m.accept(rating("c1", d, anxiety, null)));
        }
        assertThat(all).filteredOn(a -> a.kind() == AlertKind.TREND).singleElement().satisfies(a -> {
            assertThat(a.priority()).isEqualTo(AlertPriority.ROUTINE);
            assertThat(a.signalNumbers()).hasValueSatisfying(n -> assertThat(n.slopePerWeek()).isGreaterThan(0.7));
        });
        assertThat(all).noneMatch(a -> a.priority() == AlertPriority.URGENT);
    }

    @Test
    void acknowledgement_and_suggestion_decision_go_to_the_audit_trail() {
        BetweenSessionMonitor m = monitor();
        calmDays(m, "c1", 0, 14);
        Alert a = m.accept(rating("c1", 14, 9, "panic attack")).get(0);
        ZonedDateTime at = START.plusDays(14).plusHours(2);
        m.acknowledge(a.id(), "pract-7", at, "called the client");
        Alert decided = m.decideSuggestion(a.id(), true, "pract-7", at.plusMinutes(5), null);

        assertThat(decided.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(decided.suggestion().status()).isEqualTo(Suggestion.Status.APPROVED);
        assertThat(decided.audit()).extracting(AuditEvent::action).containsExactly(AuditEvent.Action.RAISED,
                AuditEvent.Action.ACKNOWLEDGED, AuditEvent.Action.SUGGESTION_APPROVED);
        assertThat(decided.audit().get(1).by()).isEqualTo("pract-7");
        assertThatThrownBy(() -> m.decideSuggestion(a.id(), false, "pract-7", at, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3221");
        assertThatThrownBy(() -> m.acknowledge("alert-none", "pract-7", at, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3220");
        // acknowledged, the episode is still de-duplicated
        assertThat(m.accept(rating("c1", 15, 9, "still panicking"))).singleElement()
                .satisfies(x -> assertThat(x.id()).isEqualTo(a.id()));
    }

    @Test
    void state_is_small_serialisable_and_restores_to_the_same_decisions() {
        BetweenSessionMonitor first = monitor();
        calmDays(first, "c1", 0, 14);
        byte[] bytes = first.state("c1").orElseThrow().toBytes();
        assertThat(bytes.length).isLessThan(4096);

        BetweenSessionMonitor second = monitor();
        second.restore(ClientState.fromBytes(bytes));
        JournalEntry spike = rating("c1", 14, 9, "panic attack");
        assertThat(second.accept(spike)).extracting(Alert::priority).containsExactly(AlertPriority.HIGH);
        assertThat(first.accept(spike)).extracting(Alert::id)
                .containsExactlyElementsOf(second.alerts().stream().map(Alert::id).toList());
        assertThatThrownBy(() -> ClientState.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3230");
    }

    @Test
    void clients_in_parallel_get_the_same_alerts_as_in_sequence() throws Exception {
        BetweenSessionMonitor seq = monitor();
        for (int c = 0; c < 8; c++) {
            calmDays(seq, "c" + c, 0, 14);
            seq.accept(rating("c" + c, 14, 9, "panic attack"));
        }
        BetweenSessionMonitor par = monitor();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                String client = "c" + c;
                fs.add(pool.submit(() -> {
                    calmDays(par, client, 0, 14);
                    par.accept(rating(client, 14, 9, "panic attack"));
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(par.alerts()).extracting(Alert::id).containsExactlyInAnyOrderElementsOf(
                seq.alerts().stream().map(Alert::id).toList());
        assertThat(par.alerts()).hasSize(8);
    }

    @Test
    void alert_to_string_holds_no_client_words() {
        BetweenSessionMonitor m = monitor();
        calmDays(m, "Maria", 0, 14);
        Alert a = m.accept(rating("Maria", 14, 9, "I want to kill myself")).get(0);
        assertThat(a.toString()).doesNotContain("Maria").doesNotContain("kill");
    }
}
