package org.clinicalnotes.spark.internal;

/** The error codes of note-spark (block CN-37xx); each is listed in the README's error table. */
public final class Codes {

    /** A row whose input column is null. */
    public static final String NO_INPUT = "CN-3701";
    /** An unexpected exception while processing a row (only its type is reported). */
    public static final String UNEXPECTED = "CN-3702";
    /** The text matcher exhausted the stack on a row. */
    public static final String STACK = "CN-3703";
    /** De-identified spans could not be mapped back to the row's text. */
    public static final String UNMAPPABLE = "CN-3704";
    /** A stage or batch setting is invalid (format, policy, template, task, column). */
    public static final String BAD_SETTING = "CN-3705";
    /** The batch input is missing, empty or unreadable. */
    public static final String BAD_INPUT_PATH = "CN-3706";
    /** The batch output exists already or cannot be written. */
    public static final String BAD_OUTPUT_PATH = "CN-3707";
    /** A JSON Lines input line that is not an object with an id and a text or transcript. */
    public static final String BAD_LINE = "CN-3708";
    /** An input file over the size limit (not read). */
    public static final String TOO_LARGE = "CN-3709";
    /** An empty input file (Spark's file reader skips them; the batch job lists them itself). */
    public static final String EMPTY_FILE = "CN-3710";

    /** A row asked for a FHIR bundle without a valid FHIR Patient id in the patient id column. */
    public static final String NO_PATIENT = "CN-3711";

    private Codes() {
    }
}
