package org.clinicalnotes.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/**
 * The README's Java example, compiled with the build so that it cannot drift from the API.
 *
 * <pre>
 * java -cp examples/target/clinical-notes.jar org.clinicalnotes.examples.QuickStart \
 *     examples/samples/therapy-session.txt out/quickstart-note.json
 * </pre>
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * @param args the transcript file and the note.json to write
     * @throws IOException when the note cannot be written
     * @throws Exception when the asynchronous generation fails
     */
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "examples/samples/therapy-session.txt");
        Path output = Path.of(args.length > 1 ? args[1] : "out/quickstart-note.json");

        NoteGenerator generator = NoteGenerator.builder().build();   // offline model, built-in templates; thread-safe
        Transcript transcript = TranscriptReader.defaults().read(input);
        ClinicalNote note = generator.generate(transcript, NoteRequest.of("dap"));

        for (NoteSection section : note.sections()) {
            for (NoteStatement s : section.statements()) {
                System.out.println(section.title() + ": " + s.text() + " " + s.evidence() + " " + s.support());
            }
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, NoteJson.write(note));                // NoteJson.read(...) reads it back

        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<ClinicalNote> later = generator.generateAsync(transcript, NoteRequest.of("soap"), executor);
            System.out.println("SOAP note " + later.get().id() + " has " + later.get().statements().size() + " statements");
        } finally {
            executor.shutdown();
        }
    }
}
