package org.clinicalnotes.eval.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinicalnotes.model.offline.OfflineNoteModel;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.template.VisitKind;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

/** The grammar gate over the notes the offline model writes for the shipped samples (a development set). */
class SampleProseTest {

    private static final Path SAMPLES = Path.of("..", "examples", "samples");

    private static List<String> sampleStatements() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            Transcript t = TranscriptReader.defaults().read(f);
            var template = TemplateRegistry.builtIn().get(VisitKind.detect(t).templateId());
            OfflineNoteModel.create().draft(t, template).sections().forEach(sec ->
                    sec.statements().stream().map(NoteStatement::text).forEach(out::add));
        }
        return out;
    }

    @Test
    void sample_notes_have_no_first_or_second_person_and_few_grammar_errors() throws IOException {
        List<String> statements = sampleStatements();

        ProseScore score = ProseCheck.create().check(statements);

        assertThat(score.statements()).isGreaterThan(50);
        assertThat(score.personStatements()).isZero();
        // goal 1 per 100 statements; measured 2.4 at this commit (two errors, listed in docs/notes/issue-17.md)
        assertThat(score.errorsPer100()).isLessThanOrEqualTo(4.0);
    }

    @Test
    void gate_counts_grammar_errors_and_person_but_not_spelling() {
        ProseScore score = ProseCheck.create().check(List.of("He have a cough.", "I will call you.",
                "Started lisinopril and empagliflozin."));

        assertThat(score.errors()).isGreaterThanOrEqualTo(1);
        assertThat(score.personStatements()).isEqualTo(1);
        assertThat(score.findings()).noneMatch(f -> f.statement().startsWith("Started"));
    }

    @Test
    void reads_the_statements_of_a_rendered_note() {
        assertThat(ProseGate.statementsOfMarkdown("# SOAP\n\n## Plan\n\n1. Keep a sleep diary. `[u32]`\n2. **Call 988.**\n"))
                .containsExactly("Keep a sleep diary.", "Call 988.");
    }
}
