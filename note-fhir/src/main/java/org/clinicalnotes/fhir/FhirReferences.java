package org.clinicalnotes.fhir;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clinicalnotes.ConfigurationException;

/**
 * The resources a note points to that live in the EHR, by their FHIR ids: the patient (required), and
 * optionally the encounter, the clinician of the conversation, the custodian organisation and the
 * encounter's period. Ids are checked against FHIR's id rule (1 to 64 letters, digits, {@code -},
 * {@code .}) so that no resource is emitted with a broken reference.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints no ids.
 *
 * @since 0.1.0
 */
public final class FhirReferences {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final String patientId;
    private final String encounterId;
    private final String practitionerId;
    private final String organizationId;
    private final Instant periodStart;
    private final Instant periodEnd;

    private FhirReferences(Builder b) {
        this.patientId = b.patientId;
        this.encounterId = b.encounterId;
        this.practitionerId = b.practitionerId;
        this.organizationId = b.organizationId;
        this.periodStart = b.periodStart;
        this.periodEnd = b.periodEnd;
    }

    /**
     * @param patientId the Patient id
     * @return references to that patient only
     * @throws ConfigurationException when the id is not a valid FHIR id
     */
    public static FhirReferences ofPatient(String patientId) {
        return builder().patientId(patientId).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.patientId = patientId;
        b.encounterId = encounterId;
        b.practitionerId = practitionerId;
        b.organizationId = organizationId;
        b.periodStart = periodStart;
        b.periodEnd = periodEnd;
        return b;
    }

    /** @return the Patient id; never null */
    public String patientId() {
        return patientId;
    }

    /** @return the Encounter id, when given */
    public Optional<String> encounterId() {
        return Optional.ofNullable(encounterId);
    }

    /** @return the id of the Practitioner who held the conversation, when given */
    public Optional<String> practitionerId() {
        return Optional.ofNullable(practitionerId);
    }

    /** @return the custodian Organization id, when given */
    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    /** @return the encounter's start, when known */
    public Optional<Instant> periodStart() {
        return Optional.ofNullable(periodStart);
    }

    /** @return the encounter's end, when known */
    public Optional<Instant> periodEnd() {
        return Optional.ofNullable(periodEnd);
    }

    /**
     * @param id a candidate FHIR id
     * @return whether it matches FHIR's id rule
     */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FhirReferences r && patientId.equals(r.patientId)
                && Objects.equals(encounterId, r.encounterId) && Objects.equals(practitionerId, r.practitionerId)
                && Objects.equals(organizationId, r.organizationId) && Objects.equals(periodStart, r.periodStart)
                && Objects.equals(periodEnd, r.periodEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(patientId, encounterId, practitionerId, organizationId, periodStart, periodEnd);
    }

    @Override
    public String toString() {
        return "FhirReferences[encounter=" + (encounterId != null) + ", practitioner=" + (practitionerId != null)
                + ", organization=" + (organizationId != null) + ", period=" + (periodStart != null) + "]";
    }

    /** Builds {@link FhirReferences}. Not thread-safe. */
    public static final class Builder {
        private String patientId;
        private String encounterId;
        private String practitionerId;
        private String organizationId;
        private Instant periodStart;
        private Instant periodEnd;

        private Builder() {
        }

        /**
         * @param id the Patient id (required)
         * @return this builder
         */
        public Builder patientId(String id) {
            this.patientId = id;
            return this;
        }

        /**
         * @param id the Encounter id, or null
         * @return this builder
         */
        public Builder encounterId(String id) {
            this.encounterId = id;
            return this;
        }

        /**
         * @param id the id of the Practitioner who held the conversation, or null
         * @return this builder
         */
        public Builder practitionerId(String id) {
            this.practitionerId = id;
            return this;
        }

        /**
         * @param id the custodian Organization id, or null
         * @return this builder
         */
        public Builder organizationId(String id) {
            this.organizationId = id;
            return this;
        }

        /**
         * @param start the encounter's start, or null
         * @param end the encounter's end, or null; not before {@code start}
         * @return this builder
         */
        public Builder encounterPeriod(Instant start, Instant end) {
            this.periodStart = start;
            this.periodEnd = end;
            return this;
        }

        /**
         * @return the references
         * @throws ConfigurationException (CN-2501) when the patient id is missing, (CN-2502) when an id
         *     is not a valid FHIR id, (CN-2503) when the period ends before it starts
         */
        public FhirReferences build() {
            if (patientId == null || patientId.isBlank()) {
                throw new ConfigurationException("CN-2501",
                        "a patient id is required for FHIR output: every DocumentReference needs its subject");
            }
            check(patientId, "patient");
            check(encounterId, "encounter");
            check(practitionerId, "practitioner");
            check(organizationId, "organization");
            if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
                throw new ConfigurationException("CN-2503", "the encounter period ends before it starts");
            }
            return new FhirReferences(this);
        }

        private static void check(String id, String what) {
            if (id != null && !ID.matcher(id).matches()) {
                throw new ConfigurationException("CN-2502", "the " + what
                        + " id is not a valid FHIR id: use 1 to 64 letters, digits, '-' or '.'");
            }
        }
    }
}
