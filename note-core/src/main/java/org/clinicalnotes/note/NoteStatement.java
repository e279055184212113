package org.clinicalnotes.note;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a note with the utterances it came from.
 *
 * <p>{@link #toString()} never prints the text.
 *
 * @param text the statement; not blank
 * @param evidence ids of the utterances that support it ({@code u3}, {@code u4}); not null, may be empty
 * @param support whether the evidence backs it; not null
 * @param originalText the model's text before a clinician edited it, or null when unedited
 * @since 0.1.0
 */
public record NoteStatement(String text, List<String> evidence, Support support, String originalText) {

    /** Validates and copies. */
    public NoteStatement {
        text = Objects.requireNonNull(text, "text").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("statement text is blank");
        }
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        Objects.requireNonNull(support, "support");
    }

    /**
     * A model-drafted statement, provisionally {@link Support#SUPPORTED} until the checks run.
     *
     * @param text the text
     * @param evidence the evidence ids
     * @return the statement
     */
    public static NoteStatement of(String text, List<String> evidence) {
        return new NoteStatement(text, evidence, Support.SUPPORTED, null);
    }

    /**
     * @param status the new support status
     * @return a copy with that status
     */
    public NoteStatement withSupport(Support status) {
        return new NoteStatement(text, evidence, status, originalText);
    }

    /** @return whether a clinician changed the model's text */
    public boolean isEdited() {
        return originalText != null;
    }

    @Override
    public String toString() {
        return "NoteStatement[textLength=" + text.length() + ", evidence=" + evidence + ", support=" + support + "]";
    }

    /**
     * Whether a statement is backed by what was said.
     *
     * @since 0.1.0
     */
    public enum Support {
        /** The cited utterances exist and contain the statement's content. */
        SUPPORTED,
        /** No valid evidence, or the cited utterances do not contain the statement's content. */
        UNSUPPORTED,
        /** Written by the clinician during review; needs no transcript evidence. */
        CLINICIAN_AUTHORED
    }
}
