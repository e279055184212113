package org.clinicalnotes.privacy;

/**
 * Hears every audited action: generate (from {@code NoteGenerator}), each journal entry read (from
 * {@code BetweenSessionMonitor}), each course analysis (from {@code CourseAnalyzer}), and sign, amend,
 * verify, journal scan, course and plan runs (from the command line, or the vendor's own code). The vendor plugs one in to write a FHIR
 * {@code AuditEvent} (see {@code org.clinicalnotes.fhir.AuditEvents}) to its audit repository. Called on
 * the thread that did the action; an exception it throws is logged (its type only) and ignored, so that
 * auditing never changes a result.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface AuditListener {

    /**
     * @param record what happened; holds no patient text
     */
    void onAudit(AuditRecord record);
}
