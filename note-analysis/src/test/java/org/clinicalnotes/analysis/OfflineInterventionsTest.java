package org.clinicalnotes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.internal.InterventionFinder;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

/**
 * The offline model's intervention section (BIRP) reads the analyzer's interventions through note-core's
 * {@link InterventionFinder}, which this module provides on the class path (the cycle broken in issue 19).
 */
class OfflineInterventionsTest {

    private static Transcript therapySample() throws IOException {
        return TranscriptReader.defaults().read(Files.readString(Path.of("../examples/samples/therapy-session.txt")),
                "therapy-session.txt");
    }

    @Test
    void the_class_path_finder_gives_the_analyzers_interventions() throws IOException {
        Transcript t = therapySample();
        List<InterventionFinder.Found> expected = SessionAnalyzer.create().analyze(t).interventions().stream()
                .map(i -> new InterventionFinder.Found(i.kind().name(), i.evidence())).toList();

        assertThat(expected).isNotEmpty();
        assertThat(InterventionFinder.findIn(t)).isEqualTo(expected);
    }

    @Test
    void a_birp_note_names_the_interventions_the_analyzer_found() throws IOException {
        Transcript t = therapySample();
        ClinicalNote note = NoteGenerator.builder().build().generate(t, NoteRequest.of("birp"));
        NoteSection intervention = note.sections().stream().filter(s -> s.id().equals("intervention"))
                .findFirst().orElseThrow();
        List<String> said = intervention.statements().stream().map(NoteStatement::text).toList();

        String named = InterventionFinder.findIn(t).stream()
                .filter(i -> !i.kind().equals("HOMEWORK") && !i.evidence().isEmpty())
                .map(i -> i.kind().toLowerCase(Locale.ROOT).replace('_', ' ').replace("behavioural", "behavioral"))
                .findFirst().orElseThrow();
        String heading = Character.toUpperCase(named.charAt(0)) + named.substring(1) + ": ";
        assertThat(said).anySatisfy(s -> assertThat(s).startsWith(heading));
    }
}
