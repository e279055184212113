package org.clinicalnotes.note;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The patient's consent that a note relies on: to being recorded and to an AI-drafted note, with its date
 * and how it was given. It holds no names: the FHIR {@code Consent} it stands for is referenced by id.
 *
 * @param id the FHIR id of the {@code Consent} resource (1 to 64 letters, digits, '-' or '.'); not null
 * @param date when consent was given; not null
 * @param scopes what was agreed to; not empty
 * @param method how it was given ({@code written}, {@code verbal}, {@code electronic}); not null
 * @since 0.2.0
 */
public record ConsentRecord(String id, LocalDate date, Set<Scope> scopes, String method) {

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /** Validates and copies. */
    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
        if (!FHIR_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("consent id must be 1 to 64 letters, digits, '-' or '.'");
        }
        if (Objects.requireNonNull(scopes, "scopes").isEmpty()) {
            throw new IllegalArgumentException("consent must name at least one scope");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        if (method.isBlank() || method.length() > 32) {
            throw new IllegalArgumentException("consent method must be a short word such as 'verbal'");
        }
    }

    /**
     * @return whether this consent covers both recording the conversation and drafting a note with AI
     */
    public boolean coversAiDrafting() {
        return scopes.contains(Scope.RECORDING) && scopes.contains(Scope.AI_DRAFTING);
    }

    /** What the patient agreed to. */
    public enum Scope {
        /** The conversation may be recorded and transcribed. */
        RECORDING,
        /** A note may be drafted from it by an AI model, for a clinician to review and sign. */
        AI_DRAFTING
    }
}
