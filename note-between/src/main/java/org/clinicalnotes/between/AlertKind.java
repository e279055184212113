package org.clinicalnotes.between;

/**
 * What raised an alert.
 *
 * @since 0.2.0
 */
public enum AlertKind {
    /** The risk screen read a risk in the entry's text. */
    RISK,
    /** A signal departed upwards from the client's own baseline. */
    SPIKE,
    /** A signal has been worsening over days. */
    TREND
}
