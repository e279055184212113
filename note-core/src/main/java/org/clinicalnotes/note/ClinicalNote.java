package org.clinicalnotes.note;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured clinical note: sections of evidence-linked statements, the risk flags and measures
 * surfaced from the conversation, and metadata. Generated notes are {@link NoteMetadata.Status#PRELIMINARY}
 * until a clinician signs them.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints ids and counts, never clinical text.
 *
 * @param id a stable identifier (a UUID string); not null
 * @param sections the sections in template order; not null
 * @param riskFlags surfaced risks; not null
 * @param measures stated measurement scores; not null
 * @param medications medications mentioned with their status; not null
 * @param metadata provenance and status; not null
 * @since 0.1.0
 */
public record ClinicalNote(String id, List<NoteSection> sections, List<RiskFlag> riskFlags,
                           List<MeasureScore> measures, List<MedicationMention> medications,
                           NoteMetadata metadata) {

    /** Validates and copies. */
    public ClinicalNote {
        Objects.requireNonNull(id, "id");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        riskFlags = List.copyOf(Objects.requireNonNull(riskFlags, "riskFlags"));
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
        medications = List.copyOf(Objects.requireNonNull(medications, "medications"));
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * @param sectionId a section id
     * @return the section, when the note has it
     */
    public Optional<NoteSection> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** @return every statement in section order */
    public List<NoteStatement> statements() {
        return sections.stream().flatMap(s -> s.statements().stream()).toList();
    }

    /** @return the status, shorthand for {@code metadata().status()} */
    public NoteMetadata.Status status() {
        return metadata.status();
    }

    @Override
    public String toString() {
        return "ClinicalNote[id=" + id + ", template=" + metadata.templateId() + ", status=" + metadata.status()
                + ", sections=" + sections.size() + ", statements=" + statements().size()
                + ", riskFlags=" + riskFlags.size() + "]";
    }
}
