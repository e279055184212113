package org.clinicalnotes.spark.internal;

/** What a stage computes for each row. */
public enum StageKind {
    /** De-identified text and PHI spans. */
    DEID,
    /** The note as note.json. */
    NOTES,
    /** Risk flags and measures. */
    RISK,
    /** The session analysis as analysis.json. */
    ANALYZE
}
