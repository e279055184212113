package org.clinicalnotes.between;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One journal or mood check-in a client wrote between sessions. Every field but the id, client and time
 * is optional; an entry may hold only ratings, only text, or both.
 *
 * @param id the entry's id, unique for the client; not blank
 * @param clientId the client's id; not blank
 * @param time when it was written, with the client's zone; not null
 * @param text the free text; null when none
 * @param mood self-rated mood 0 (worst) to 10 (best); null when not given
 * @param anxiety self-rated anxiety 0 (none) to 10 (worst); null when not given
 * @param sleepHours hours slept the night before, 0 to 24; null when not given
 * @param phq2 the two PHQ-2 answers (0-3 each: little interest, feeling down), or empty
 * @param gad2 the two GAD-2 answers (0-3 each: nervous, cannot stop worrying), or empty
 * @since 0.2.0
 */
public record JournalEntry(String id, String clientId, ZonedDateTime time, String text, Integer mood,
                           Integer anxiety, Double sleepHours, List<Integer> phq2, List<Integer> gad2) {

    /** Validates and copies. */
    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(time, "time");
        if (id.isBlank() || clientId.isBlank()) {
            throw new IllegalArgumentException("id and clientId must not be blank");
        }
        if (text != null && text.isBlank()) {
            text = null;
        }
        range("mood", mood, 10);
        range("anxiety", anxiety, 10);
        if (sleepHours != null && (sleepHours.isNaN() || sleepHours < 0 || sleepHours > 24)) {
            throw new IllegalArgumentException("sleepHours must be 0 to 24");
        }
        phq2 = answers("phq2", phq2);
        gad2 = answers("gad2", gad2);
    }

    /**
     * An entry with text only.
     *
     * @param id the entry id
     * @param clientId the client id
     * @param time when it was written
     * @param text the text
     * @return the entry
     */
    public static JournalEntry ofText(String id, String clientId, ZonedDateTime time, String text) {
        return new JournalEntry(id, clientId, time, text, null, null, null, List.of(), List.of());
    }

    /** @return a builder-like copy with the given ratings */
    public JournalEntry withRatings(Integer mood, Integer anxiety, Double sleepHours) {
        return new JournalEntry(id, clientId, time, text, mood, anxiety, sleepHours, phq2, gad2);
    }

    /** @return a copy with the PHQ-2 and GAD-2 answers (each empty or two answers 0-3) */
    public JournalEntry withScreeners(List<Integer> phq2, List<Integer> gad2) {
        return new JournalEntry(id, clientId, time, text, mood, anxiety, sleepHours, phq2, gad2);
    }

    /** @return the text, when there is one */
    public Optional<String> textValue() {
        return Optional.ofNullable(text);
    }

    /** @return the PHQ-2 total 0-6, when both answers were given */
    public Optional<Integer> phq2Total() {
        return phq2.isEmpty() ? Optional.empty() : Optional.of(phq2.get(0) + phq2.get(1));
    }

    /** @return the GAD-2 total 0-6, when both answers were given */
    public Optional<Integer> gad2Total() {
        return gad2.isEmpty() ? Optional.empty() : Optional.of(gad2.get(0) + gad2.get(1));
    }

    private static void range(String name, Integer v, int max) {
        if (v != null && (v < 0 || v > max)) {
            throw new IllegalArgumentException(name + " must be 0 to " + max);
        }
    }

    private static List<Integer> answers(String name, List<Integer> a) {
        if (a == null || a.isEmpty()) {
            return List.of();
        }
        if (a.size() != 2 || a.stream().anyMatch(x -> x == null || x < 0 || x > 3)) {
            throw new IllegalArgumentException(name + " must be two answers 0 to 3");
        }
        return List.copyOf(a);
    }

    /** Names the entry without its text. */
    @Override
    public String toString() {
        return "JournalEntry[id=" + id + ", time=" + time + ", text=" + (text == null ? "none" : text.length() + " chars")
                + "]";
    }
}
