package org.clinicalnotes.spark.internal;

import java.io.Serializable;
import java.util.Objects;

/**
 * Everything an executor needs to build its engine: small, serialisable, no PHI. Equal settings share one
 * {@link Engine} per JVM.
 *
 * @param format transcript format name ({@code auto}, {@code tagged}, {@code speaker-colon}, {@code webvtt},
 *     {@code json})
 * @param maxInputBytes largest input accepted
 * @param template note template id
 * @param deidentification de-identification policy name for notes
 * @param createdAtMillis the creation time written into notes (fixed, so that re-runs agree)
 * @param bundle whether notes also get their FHIR R4 transaction bundle
 */
public record StageSettings(String format, long maxInputBytes, String template, String deidentification,
                            long createdAtMillis, boolean bundle) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Settings without the FHIR bundle. */
    public StageSettings(String format, long maxInputBytes, String template, String deidentification,
                         long createdAtMillis) {
        this(format, maxInputBytes, template, deidentification, createdAtMillis, false);
    }

    /** Validates. */
    public StageSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(deidentification, "deidentification");
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive");
        }
    }
}
