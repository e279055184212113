package org.clinicalnotes.transcript;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered conversation: the input of every note.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints counts, never text.
 *
 * @param utterances the turns in order; not empty, ids unique
 * @param source a name for where the transcript came from (a file name), for error messages; not null
 * @since 0.1.0
 */
public record Transcript(List<Utterance> utterances, String source) {

    /** Validates and copies. */
    public Transcript {
        utterances = List.copyOf(Objects.requireNonNull(utterances, "utterances"));
        Objects.requireNonNull(source, "source");
        if (utterances.isEmpty()) {
            throw new IllegalArgumentException("a transcript needs at least one utterance");
        }
        Set<String> ids = new HashSet<>();
        for (Utterance u : utterances) {
            if (!ids.add(u.id())) {
                throw new IllegalArgumentException("duplicate utterance id " + u.id());
            }
        }
    }

    /**
     * @param utterances the turns
     * @return a transcript whose source is {@code "transcript"}
     */
    public static Transcript of(List<Utterance> utterances) {
        return new Transcript(utterances, "transcript");
    }

    /**
     * Builds a transcript from (speaker, text) turns, numbering them {@code u1}, {@code u2}, ….
     *
     * @param source a name for error messages
     * @param turns speakers and texts in order
     * @return the transcript
     */
    public static Transcript ofTurns(String source, List<Turn> turns) {
        List<Utterance> list = new ArrayList<>(turns.size());
        int i = 1;
        for (Turn t : turns) {
            list.add(Utterance.of("u" + i++, t.speaker(), t.text()));
        }
        return new Transcript(list, source);
    }

    /**
     * A speaker and a text, for {@link #ofTurns}.
     *
     * @param speaker the speaker
     * @param text the text
     */
    public record Turn(Speaker speaker, String text) {
        /** Validates. */
        public Turn {
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "Turn[role=" + speaker.role() + ", textLength=" + text.length() + "]";
        }
    }

    /**
     * Finds an utterance by id. Ids of the form {@code uN} at position N are found in constant time.
     *
     * @param id the id
     * @return the utterance, or empty
     */
    public Optional<Utterance> utterance(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.length() > 1 && id.charAt(0) == 'u') {
            try {
                int n = Integer.parseInt(id, 1, id.length(), 10);
                if (n >= 1 && n <= utterances.size() && utterances.get(n - 1).id().equals(id)) {
                    return Optional.of(utterances.get(n - 1));
                }
            } catch (NumberFormatException ignored) {
                // fall through to the scan
            }
        }
        for (Utterance u : utterances) {
            if (u.id().equals(id)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** @return number of utterances */
    public int size() {
        return utterances.size();
    }

    /** @return total characters of utterance text */
    public int textLength() {
        int n = 0;
        for (Utterance u : utterances) {
            n += u.text().length();
        }
        return n;
    }

    @Override
    public String toString() {
        return "Transcript[utterances=" + utterances.size() + ", chars=" + textLength() + "]";
    }
}
