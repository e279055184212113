package org.clinicalnotes.analysis;

import java.util.Locale;

/**
 * What a moment of high intensity is about.
 *
 * @since 0.2.0
 */
public enum MomentLabel {
    /** The risk screen found a present risk in these turns. */
    RISK_DISCLOSURE,
    /** Sadness, hopelessness, being overwhelmed. */
    DISTRESS,
    /** Anger or frustration. */
    ANGER,
    /** Fear, panic, anxiety. */
    FEAR,
    /** Relief or calm after difficulty. */
    RELIEF,
    /** Joy, pride or excitement. */
    JOY;

    /** @return the label as written in analysis.json, e.g. {@code risk disclosure} */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
