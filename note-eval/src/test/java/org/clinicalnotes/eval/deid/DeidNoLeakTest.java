package org.clinicalnotes.eval.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicalnotes.deid.PhiCategory;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

/**
 * De-identifies the gold samples through the generator with a stand-in remote model while capturing
 * everything written to standard out and error (slf4j-simple at TRACE for org.clinicalnotes), and checks that
 * no gold PHI string reaches the logs or the remote model, and that the note gets the originals back.
 */
class DeidNoLeakTest {

    /** Words of a span that its surrogate keeps on purpose: titles, street and facility kinds. */
    static final java.util.Set<String> KEPT = java.util.Set.of("nurse", "street", "avenue", "road", "drive", "lane",
            "boulevard", "court", "hospital", "clinic", "medical", "center", "memorial", "urgent", "care", "family",
            "school", "elementary", "pharmacy", "north", "apartment", "ninety", "falls", "springs", "beach", "city",
            "lake", "valley", "park", "heights");

    /** A "remote" model that writes each utterance it receives back as a statement. */
    static final class EchoModel implements NoteModel {
        final List<String> received = new ArrayList<>();

        @Override
        public ModelInfo info() {
            return new ModelInfo("echo", "1", "test", false);
        }

        @Override
        public synchronized NoteModel.Draft draft(Transcript transcript, NoteTemplate template) {
            List<NoteStatement> sts = new ArrayList<>();
            for (Utterance u : transcript.utterances()) {
                received.add(u.speaker().label() + " " + u.text());
                sts.add(NoteStatement.of(u.text(), List.of(u.id())));
            }
            return new NoteModel.Draft(List.of(new NoteSection("subjective", "Subjective", null, sts)));
        }
    }

    @Test
    void no_gold_string_reaches_the_logs_or_the_remote_model() throws IOException {
        List<GoldTranscript> gold;
        try (InputStream in = DeidNoLeakTest.class.getResourceAsStream("/deid-gold/gold.jsonl")) {
            gold = DeidGoldGenerator.read(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        EchoModel model = new EchoModel();
        NoteGenerator generator = NoteGenerator.builder().model(model)
                .deidentifier(SafeHarborDeidentifier.builder().seed(20261124L).build())
                .deidentification(NoteGenerator.DeidentificationPolicy.REMOTE_ONLY)
                .build();
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<ClinicalNote> notes = new ArrayList<>();
        List<String> sentPerTranscript = new ArrayList<>();
        try {
            System.setErr(capture);
            System.setOut(capture);
            for (GoldTranscript g : gold) {
                Transcript t = TranscriptReader.defaults().read(g.text(), g.id());
                ClinicalNote note = generator.generate(t, NoteRequest.of("soap"));
                notes.add(note);
                sentPerTranscript.add(String.join("\n", model.received).toLowerCase(Locale.ROOT));
                model.received.clear();
                System.err.println(t + " " + note + " " + note.metadata());
            }
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        String logs = captured.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        assertThat(logs).contains("echo/1");    // the capture works: the generator logged
        int checked = 0;
        for (int gi = 0; gi < gold.size(); gi++) {
            GoldTranscript g = gold.get(gi);
            String sent = sentPerTranscript.get(gi);
            for (GoldTranscript.Span s : g.spans()) {
                String value = g.text().substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
                String alnum = value.replaceAll("[^a-z0-9]", "");
                if (alnum.length() < 3 || alnum.matches("\\d{1,4}")) {
                    continue;   // "mr.", an apartment or house number: such strings occur in any log line
                }
                assertThat(logs).as("log leak of a %s", s.category()).doesNotContainPattern(
                        "(?<![a-z0-9])" + java.util.regex.Pattern.quote(value) + "(?![a-z0-9])");
                boolean words = s.category() == PhiCategory.NAME || s.category() == PhiCategory.LOCATION;
                // a month named alone may legitimately reappear: another date of the visit can shift into it
                boolean monthAlone = s.category() == PhiCategory.DATE && !value.contains(" ")
                        && !value.matches(".*\\d.*");
                if (!words && alnum.length() >= 4 && !monthAlone || words && value.contains(" ")) {
                    assertThat(sent).as("model saw a %s", s.category()).doesNotContain(value);
                }
                for (String word : words ? value.split("[\\s,]+") : new String[0]) {
                    // names that are also words ("hope") may occur as words elsewhere in the transcript
                    boolean ordinary = java.util.Arrays.stream(DeidGoldGenerator.WORD_NAMES)
                            .anyMatch(w -> w.equalsIgnoreCase(word));
                    if (word.length() >= 4 && !KEPT.contains(word.replaceAll("[^a-z]", "")) && !ordinary) {
                        assertThat(sent).as("model saw part of a %s", s.category()).doesNotContainPattern(
                                "\\b" + java.util.regex.Pattern.quote(word) + "\\b");
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
        // re-identification gives every statement back exactly as the patient or clinician said it
        for (int i = 0; i < gold.size(); i++) {
            List<String> said = TranscriptReader.defaults().read(gold.get(i).text(), "g").utterances().stream()
                    .map(Utterance::text).toList();
            List<String> written = notes.get(i).sections().stream().flatMap(s -> s.statements().stream())
                    .map(NoteStatement::text)
                    // the generator adds one statement per risk flag, written from fixed words, not from the model
                    .filter(t -> !t.startsWith("Risk screen: "))
                    .toList();
            assertThat(written).as(gold.get(i).id()).containsExactlyInAnyOrderElementsOf(said);
            assertThat(notes.get(i).metadata().deidentification()).isEqualTo("surrogates");
        }
    }
}
