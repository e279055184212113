package org.clinicalnotes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.BetweenSessionMonitor;
import org.clinicalnotes.between.JournalEntry;
import org.junit.jupiter.api.Test;

/** The audit listener on the between-session monitor (issue 18, journal; the course analyzer's half is in note-course's {@code CourseAuditTest}). */
class JournalAuditTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 1, 21, 0, 0, 0, ZoneId.of("America/Chicago"));

    private static JournalEntry entry(String client, int day, String text) {
        return new JournalEntry("d" + day, client, START.plusDays(day), text, 7, 3, 7.0, List.of(), List.of());
    }

    @Test
    void the_monitor_audits_each_entry_it_reads_with_its_client_and_no_text() {
        List<AuditListener.Event> heard = new CopyOnWriteArrayList<>();
        BetweenSessionMonitor m = BetweenSessionMonitor.builder().addAuditListener(heard::add).build();
        m.accept(entry("client-a", 0, "Walked the dog with my sister."));
        List<Alert> alerts = m.accept(entry("client-b", 0, "I want to kill myself tonight, I have the pills."));

        assertThat(alerts).isNotEmpty();
        assertThat(heard).hasSize(2);
        assertThat(heard).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo(AuditListener.Event.Action.JOURNAL_SCAN);
            assertThat(r.outcome()).isEqualTo(AuditListener.Event.Outcome.SUCCESS);
            assertThat(r.agent()).isEqualTo("system");
            assertThat(r.noteId()).isNull();
        });
        assertThat(heard).extracting(AuditListener.Event::clientIds)
                .containsExactly(List.of("client-a"), List.of("client-b"));
        assertThat(heard.toString()).doesNotContain("pills").doesNotContain("dog").doesNotContain("sister");
    }

    @Test
    void a_listener_that_throws_changes_no_result() {
        BetweenSessionMonitor plain = BetweenSessionMonitor.builder().build();
        BetweenSessionMonitor failing = BetweenSessionMonitor.builder().addAuditListener(r -> {
            throw new IllegalStateException("audit store down");
        }).build();
        JournalEntry risky = entry("c", 0, "I want to kill myself tonight.");
        assertThat(failing.accept(risky)).hasSameSizeAs(plain.accept(risky));
    }

    @Test
    void a_record_names_clients_by_non_blank_ids_and_keeps_the_note_constructor() {
        AuditListener.Event note = new AuditListener.Event(AuditListener.Event.Action.SIGN, Instant.EPOCH, "dr-1", "n-1",
                AuditListener.Event.Outcome.SUCCESS, null);
        assertThat(note.clientIds()).isEmpty();
        AuditListener.Event failed = AuditListener.Event.ofClients(AuditListener.Event.Action.PLAN, Instant.EPOCH, List.of("p-1"), "CN-3402");
        assertThat(failed.outcome()).isEqualTo(AuditListener.Event.Outcome.FAILURE);
        assertThat(failed.agent()).isEqualTo("system");
        assertThatThrownBy(() -> AuditListener.Event.ofClients(AuditListener.Event.Action.COURSE, Instant.EPOCH, List.of(" "), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
