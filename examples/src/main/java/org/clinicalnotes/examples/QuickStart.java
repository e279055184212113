package org.clinicalnotes.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteFhir;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.review.NoteReview;
import org.clinicalnotes.review.Signature;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * The README's Java example, compiled and run by the build so that it cannot drift from the API: the
 * lines between the README markers are the README's "Use it from Java" block, character for character
 * (QuickStartTest checks it).
 *
 * <pre>
 * java -cp examples/target/clinical-notes.jar org.clinicalnotes.examples.QuickStart \
 *     examples/samples/therapy-session.txt out/quickstart
 * </pre>
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * @param args the transcript file and the folder to write note.json and bundle.json into
     * @throws Exception when a file cannot be written or the asynchronous generation fails
     */
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "examples/samples/therapy-session.txt");
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "out/quickstart"));
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            // README-BEGIN
            NoteGenerator generator = NoteGenerator.builder().build();   // offline model, built-in templates; thread-safe
            Transcript transcript = TranscriptReader.defaults().read(input);
            ClinicalNote note = generator.generate(transcript, NoteRequest.of("dap"));

            for (NoteSection section : note.sections()) {
                for (NoteStatement s : section.statements()) {
                    System.out.println(section.title() + ": " + s.text() + " " + s.evidence() + " " + s.support());
                }
            }
            Files.writeString(dir.resolve("note.json"), NoteJson.write(note));   // NoteJson.read(...) reads it back

            // the clinician reviews and signs (NoteReview: edit, delete, add, sign; amend after signing)
            ClinicalNote signed = NoteReview.of(note).sign(Signature.of("prac-1", Instant.now()));
            // FHIR R4 in one call: DocumentReference, Device, Provenance, RiskAssessments, scores, one Bundle
            NoteFhir.Output fhir = NoteFhir.of(signed, FhirReferences.builder().patientId("example-patient").build())
                    .transcript(transcript)                               // encounter period from the utterance times
                    .build();
            Files.writeString(dir.resolve("bundle.json"), fhir.bundleJson());

            CompletableFuture<ClinicalNote> later = generator.generateAsync(transcript, NoteRequest.of("soap"), executor);
            // README-END
            System.out.println("SOAP note " + later.get().id() + " has " + later.get().statements().size() + " statements");
        } finally {
            executor.shutdown();
        }
    }
}
