package org.clinicalnotes.course;

import java.util.List;
import java.util.Objects;

/**
 * Where a statement about the course comes from: a session and the utterance ids in it, or journal entries.
 *
 * @param session the session id (its folder name), or {@code journal} for journal entries; not null
 * @param ids utterance ids in that session, or journal entry ids; not null, may be empty for a whole session
 * @since 0.3.0
 */
public record Evidence(String session, List<String> ids) {

    /** The session id used for journal entries. */
    public static final String JOURNAL = "journal";

    /** Validates and copies. */
    public Evidence {
        Objects.requireNonNull(session, "session");
        ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
    }

    /**
     * @param session the session id
     * @param ids utterance ids
     * @return the evidence
     */
    public static Evidence of(String session, String... ids) {
        return new Evidence(session, List.of(ids));
    }

    /** @return whether this cites journal entries */
    public boolean isJournal() {
        return JOURNAL.equals(session);
    }

    /** @return {@code session:u1,u2} */
    public String cite() {
        return ids.isEmpty() ? session : session + ":" + String.join(",", ids);
    }
}
