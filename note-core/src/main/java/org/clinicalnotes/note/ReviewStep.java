package org.clinicalnotes.note;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One link in a note's review chain: a clinician signed or amended it. Each step names the digest of the
 * note as it stood before the step, so that a verifier holding the earlier file can confirm the chain;
 * the note's own digest (written by {@code NoteJson}) covers the whole chain.
 *
 * @param action what happened; not null
 * @param at when; not null
 * @param by the practitioner's FHIR id (a reference, never a name); not null
 * @param previousDigest SHA-256 (64 lower-case hex digits) of the canonical content before the step; not null
 * @param changes the review edits made in this step, without text: {@code edit subjective:2},
 *     {@code delete plan:1}, {@code add plan}; not null
 * @since 0.2.0
 */
public record ReviewStep(Action action, Instant at, String by, String previousDigest, List<String> changes) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** Validates and copies. */
    public ReviewStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(previousDigest, "previousDigest");
        if (!HEX64.matcher(previousDigest).matches()) {
            throw new IllegalArgumentException("previousDigest must be 64 lower-case hex digits");
        }
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    }

    /** What a review step did. */
    public enum Action {
        /** A preliminary note was signed: it became FINAL. */
        SIGNED,
        /** A signed note was amended and the amendment signed: AMENDED. */
        AMENDED
    }
}
