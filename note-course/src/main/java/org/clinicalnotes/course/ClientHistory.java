package org.clinicalnotes.course;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client's history: the sessions in date order and the journal entries between them.
 *
 * <p>Load one from a folder with {@link #load(Path)} (the layout {@code course CLIENT_DIR} reads: one
 * sub-folder per session, named so that they sort by date, each with a transcript and optionally
 * {@code session.json} with {@code {"date": "YYYY-MM-DD"}}, {@code note.json} and {@code analysis.json};
 * journal files {@code *.jsonl} at the top), or from a FHIR server with {@code note-fhir}'s
 * {@code FhirClientHistory}.
 *
 * @param clientId the client's id (the folder name, or the FHIR patient id); not null
 * @param sessions the sessions, sorted by id; not empty
 * @param journal the journal entries, sorted by time; not null
 * @since 0.3.0
 */
public record ClientHistory(String clientId, List<CourseSession> sessions, List<JournalEntry> journal) {

    /** Validates, sorts and copies. */
    public ClientHistory {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(sessions, "sessions");
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a client history needs at least one session");
        }
        Set<String> ids = new HashSet<>();
        for (CourseSession s : sessions) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate session id " + s.id());
            }
        }
        sessions = sessions.stream().sorted(Comparator.comparing(CourseSession::id)).toList();
        journal = Objects.requireNonNull(journal, "journal").stream()
                .sorted(Comparator.comparing(JournalEntry::time).thenComparing(JournalEntry::id)).toList();
    }

    /**
     * Loads a history from a client folder.
     *
     * @param clientDir the folder; not null
     * @return the history
     * @throws org.clinicalnotes.BadInputException when the folder, a transcript, a {@code session.json},
     *     an {@code analysis.json} or a journal line cannot be read (CN-3401 to CN-3406)
     */
    public static ClientHistory load(Path clientDir) {
        return FolderHistory.load(clientDir);
    }

    /**
     * @param id a session id
     * @return the session with that id
     */
    public Optional<CourseSession> session(String id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** @return the latest session */
    public CourseSession latest() {
        return sessions.get(sessions.size() - 1);
    }

    /** Never shows clinical text. */
    @Override
    public String toString() {
        return "ClientHistory[sessions=" + sessions.size() + ", journal=" + journal.size() + "]";
    }
}
