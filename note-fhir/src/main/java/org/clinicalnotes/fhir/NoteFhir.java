package org.clinicalnotes.fhir;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicalnotes.PublicApi;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.fhir.analysis.SessionMetricsFhirMapper;
import org.clinicalnotes.fhir.safety.SafetyFhirMapper;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 out of a note in one call: the DocumentReference, the model's Device and the Provenance, the
 * safety resources (RiskAssessments, score Observations, MedicationStatements), optionally the session
 * metrics, all in one transaction Bundle, with the encounter period taken from the transcript's times.
 * The command line's {@code generate --patient-id}, {@code sign} and {@code amend} use exactly this.
 *
 * <pre>{@code
 * NoteFhir.Output fhir = NoteFhir.of(note, FhirReferences.builder().patientId("p1").build())
 *         .template(template)          // the template the note was made with
 *         .transcript(transcript)      // optional: the encounter period from the utterance times
 *         .build();
 * Files.writeString(dir.resolve("bundle.json"), fhir.bundleJson());
 * }</pre>
 *
 * <p>Each builder is for one note and one thread; {@link Output} is immutable apart from the HAPI
 * resources it hands out (copy them before changing them).
 *
 * @since 0.3.0
 */
@PublicApi
public final class NoteFhir {

    private NoteFhir() {
    }

    /**
     * Starts the mapping of one note.
     *
     * @param note the note; not null
     * @param references the EHR references (patient at least); not null
     * @return a builder
     */
    public static Builder of(ClinicalNote note, FhirReferences references) {
        return new Builder(Objects.requireNonNull(note, "note"), Objects.requireNonNull(references, "references"));
    }

    /**
     * What one note becomes in FHIR.
     *
     * @param resources the DocumentReference, Device and Provenance
     * @param references the references used, with the encounter period when the transcript gave one
     * @param others the safety resources and session metrics, in bundle order
     */
    public record Output(NoteResources resources, FhirReferences references, List<Resource> others) {

        /** Copies the list. */
        public Output {
            Objects.requireNonNull(resources, "resources");
            Objects.requireNonNull(references, "references");
            others = List.copyOf(others);
        }

        /** @return the DocumentReference on its own (with its Device contained), as JSON with a final newline */
        public String documentReferenceJson() {
            return FhirJson.pretty(resources.standaloneDocumentReference()) + "\n";
        }

        /** @return every resource in one transaction Bundle */
        public Bundle bundle() {
            return NoteBundle.of(resources).addAll(others).build(NoteBundle.Type.TRANSACTION);
        }

        /** @return {@link #bundle()} as JSON with a final newline */
        public String bundleJson() {
            return NoteBundle.of(resources).addAll(others).toJson(NoteBundle.Type.TRANSACTION) + "\n";
        }
    }

    /** Options for one note's mapping. */
    public static final class Builder {
        private final ClinicalNote note;
        private FhirReferences references;
        private NoteTemplate template;
        private Transcript transcript;
        private SessionAnalysis analysis;
        private String signature;

        private Builder(ClinicalNote note, FhirReferences references) {
            this.note = note;
            this.references = references;
        }

        /**
         * @param template the template the note was made with (its LOINC document type); null looks the
         *     note's template id up among the built-in templates
         * @return this builder
         */
        public Builder template(NoteTemplate template) {
            this.template = template;
            return this;
        }

        /**
         * @param transcript the transcript the note was made from: when its utterances carry times, the
         *     encounter period ends at the note's creation and lasts as long as the recording; may be null
         * @return this builder
         */
        public Builder transcript(Transcript transcript) {
            this.transcript = transcript;
            return this;
        }

        /**
         * @param analysis the session analysis, whose metrics become Observations in the bundle; may be null
         * @return this builder
         */
        public Builder sessionAnalysis(SessionAnalysis analysis) {
            this.analysis = analysis;
            return this;
        }

        /**
         * @param jws the clinician's signature over the note (from {@link NoteSignatures#sign}), carried by
         *     the Provenance; may be null
         * @return this builder
         */
        public Builder signature(String jws) {
            this.signature = jws;
            return this;
        }

        /**
         * Maps the note.
         *
         * @return the resources and the bundle
         * @throws org.clinicalnotes.BadInputException (CN-1502) when no template was given and the note's is
         *     not built in, (CN-1503) when the template given is not the note's
         */
        public Output build() {
            FhirReferences refs = transcript == null ? references : withPeriod(references, transcript, note);
            NoteFhirMapper mapper = NoteFhirMapper.create();
            NoteResources res = template == null ? mapper.map(note, refs) : mapper.map(note, refs, template, null);
            if (signature != null) {
                NoteSignatures.attach(res.provenance(), note, signature);
            }
            List<Resource> others = new ArrayList<>(SafetyFhirMapper.create().map(note,
                    res.subject().getReference(), res.documentReferenceUrl()));
            if (analysis != null) {
                others.addAll(SessionMetricsFhirMapper.create().map(analysis, res.subject().getReference(),
                        res.documentReferenceUrl(), note.id(), note.metadata().created()));
            }
            return new Output(res, refs, others);
        }
    }

    /** The encounter period from the utterance times (offsets into the recording), ending at the note's creation. */
    static FhirReferences withPeriod(FhirReferences refs, Transcript transcript, ClinicalNote note) {
        Duration first = null;
        Duration last = null;
        for (Utterance u : transcript.utterances()) {
            if (u.start() != null && first == null) {
                first = u.start();
            }
            Duration end = u.end() != null ? u.end() : u.start();
            if (end != null && (last == null || end.compareTo(last) > 0)) {
                last = end;
            }
        }
        if (first == null || last == null) {
            return refs;
        }
        Instant end = note.metadata().created();
        return refs.toBuilder().encounterPeriod(end.minus(last.minus(first)), end).build();
    }
}
