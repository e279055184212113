package org.clinicalnotes.between;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clinicalnotes.note.RiskFlag;

/**
 * An alert for the clinician, explained by the numbers and the entries behind it. One alert stands for one
 * episode: later entries of the same episode are added to it rather than raising another. Immutable: the
 * monitor replaces it with a new version when an entry is added, it is acknowledged or its suggestion is
 * decided, and the audit trail records each step.
 *
 * @param id a stable id (a name-based hash of the client, kind and first entry); not blank
 * @param clientId the client; not blank
 * @param priority URGENT, HIGH or ROUTINE; not null
 * @param kind what raised it; not null
 * @param raisedAt when it was raised: the time of the entry that raised it; not null
 * @param entryIds the entries of the episode, first the one that raised it; not empty
 * @param explanation one or two plain sentences with the numbers; no client words; not blank
 * @param evidence per entry, the risk sentence or the words that carried the score
 * @param numbers for a spike or trend, the signal's numbers; null for a risk alert
 * @param riskKind for a risk alert, the kind of risk; null otherwise
 * @param suggestion for a HIGH alert, the suggested exercise (draft until approved); null otherwise, and
 *     always null for URGENT
 * @param crisisResources for an URGENT alert, the crisis resources the organisation configured
 * @param status open or acknowledged; not null
 * @param audit the audit trail, oldest first; not empty
 * @since 0.2.0
 */
public record Alert(String id, String clientId, AlertPriority priority, AlertKind kind, ZonedDateTime raisedAt,
                    List<String> entryIds, String explanation, List<Evidence> evidence, SignalNumbers numbers,
                    RiskFlag.Kind riskKind, Suggestion suggestion, List<CrisisResource> crisisResources,
                    AlertStatus status, List<AuditEvent> audit) implements java.io.Serializable {

    /** Validates and copies. */
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(status, "status");
        entryIds = List.copyOf(entryIds);
        evidence = List.copyOf(evidence);
        crisisResources = List.copyOf(crisisResources);
        audit = List.copyOf(audit);
        if (entryIds.isEmpty() || audit.isEmpty()) {
            throw new IllegalArgumentException("an alert has at least one entry and one audit event");
        }
        if (priority == AlertPriority.URGENT && suggestion != null) {
            throw new IllegalArgumentException("an URGENT alert never carries an automated suggestion");
        }
    }

    /** @return the suggestion, for a HIGH alert */
    public Optional<Suggestion> suggested() {
        return Optional.ofNullable(suggestion);
    }

    /** @return the signal numbers, for a spike or trend */
    public Optional<SignalNumbers> signalNumbers() {
        return Optional.ofNullable(numbers);
    }

    /** @return the risk kind, for a risk alert */
    public Optional<RiskFlag.Kind> risk() {
        return Optional.ofNullable(riskKind);
    }

    Alert withEntry(String entryId, Evidence ev, ZonedDateTime at) {
        List<String> ids = new ArrayList<>(entryIds);
        if (ids.contains(entryId)) {
            return this;
        }
        ids.add(entryId);
        List<Evidence> evs = new ArrayList<>(evidence);
        if (ev != null) {
            evs.add(ev);
        }
        return new Alert(id, clientId, priority, kind, raisedAt, ids, explanation, evs, numbers, riskKind, suggestion,
                crisisResources, status, append(new AuditEvent(AuditEvent.Action.UPDATED, "system", at, null)));
    }

    Alert acknowledged(String by, ZonedDateTime at, String note) {
        return new Alert(id, clientId, priority, kind, raisedAt, entryIds, explanation, evidence, numbers, riskKind,
                suggestion, crisisResources, AlertStatus.ACKNOWLEDGED,
                append(new AuditEvent(AuditEvent.Action.ACKNOWLEDGED, by, at, note)));
    }

    Alert withDecision(boolean approve, String by, ZonedDateTime at, String note) {
        return new Alert(id, clientId, priority, kind, raisedAt, entryIds, explanation, evidence, numbers, riskKind,
                suggestion.decide(approve, by, at), crisisResources, status,
                append(new AuditEvent(approve ? AuditEvent.Action.SUGGESTION_APPROVED
                        : AuditEvent.Action.SUGGESTION_DECLINED, by, at, note)));
    }

    private List<AuditEvent> append(AuditEvent e) {
        List<AuditEvent> a = new ArrayList<>(audit);
        a.add(e);
        return a;
    }

    /** Names the alert without client words or the client id. */
    @Override
    public String toString() {
        return "Alert[id=" + id + ", " + priority + " " + kind + ", entries=" + entryIds.size() + ", " + status + "]";
    }
}
