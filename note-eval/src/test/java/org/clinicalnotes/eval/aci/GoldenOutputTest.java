package org.clinicalnotes.eval.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.deid.DeidentifiedText;
import org.clinicalnotes.deid.PhiSpan;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.eval.run.EvalCase;
import org.clinicalnotes.fhir.FhirReferences;
import org.clinicalnotes.fhir.NoteBundle;
import org.clinicalnotes.fhir.NoteFhirMapper;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.render.NoteMarkdown;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

/**
 * Golden-output check for speed work (issue 20): every one of the 167 ACI-Bench dialogues (train, valid, test1,
 * test2) goes through the offline pipeline as {@code generate} runs it (reader, template picked from the visit,
 * lexical risk screen, offline model, checks, measures, medications) and the SHA-256 of its {@code note.json},
 * {@code note.md}, FHIR transaction bundle and seeded de-identification ({@code deid --json}: text and spans) must
 * equal the hashes committed in {@code golden/aci-bench-offline.tsv}. Any change to an output shows up here by
 * encounter; a change made on purpose regenerates the file with {@code -Dgolden.write=true} and says why in its
 * commit.
 *
 * <p>Skipped when {@code ../shared/data/aci-bench} is absent (the corpus is not part of the project).
 */
class GoldenOutputTest {

    static final Path ACI = Path.of("../../shared/data/aci-bench");
    static final Path GOLDEN = Path.of("src/test/resources/golden/aci-bench-offline.tsv");

    @Test
    void offline_outputs_equal_the_committed_hashes() throws IOException {
        assumeTrue(Files.isDirectory(ACI.resolve("challenge_data")), "ACI-Bench not present");
        Map<String, String> actual = hashes();
        assertThat(actual).hasSize(167);
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(GOLDEN.getParent());
            StringBuilder sb = new StringBuilder("# encounter\tnote.json\tnote.md\tbundle.json\tdeid --json\n");
            actual.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
            Files.writeString(GOLDEN, sb.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                int tab = line.indexOf('\t');
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        List<String> differ = new ArrayList<>();
        expected.forEach((k, v) -> {
            if (!v.equals(actual.get(k))) {
                differ.add(k + " expected " + v + " got " + actual.get(k));
            }
        });
        assertThat(differ).as("encounters whose outputs changed").isEmpty();
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    }

    /** @return split/encounter to the tab-joined hashes of note.json, note.md, bundle.json and deid output */
    static Map<String, String> hashes() {
        TranscriptReader reader = TranscriptReader.defaults();
        NoteGenerator generator = NoteGenerator.builder().riskScreen(RiskScreen.lexical())
                .clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)).build();
        TemplateRegistry templates = TemplateRegistry.builtIn();
        NoteFhirMapper mapper = NoteFhirMapper.create();
        FhirReferences refs = FhirReferences.builder().patientId("golden-patient").encounterId("golden-encounter")
                .build();
        SafeHarborDeidentifier deid = SafeHarborDeidentifier.builder().seed(1).build();
        Map<String, String> out = new LinkedHashMap<>();
        for (String split : AciBenchSplits.SPLITS) {
            for (EvalCase c : AciBenchSplits.load(ACI, split).cases()) {
                Transcript t = reader.read(c.dialogue(), c.id());
                NoteTemplate template = templates.get(org.clinicalnotes.template.VisitKind.detect(t).templateId());
                ClinicalNote note = generator.generate(t, NoteRequest.builder().template(template).noteId(c.id())
                        .build());
                String bundle = NoteBundle.of(mapper.map(note, refs)).toJson(NoteBundle.Type.TRANSACTION);
                DeidentifiedText d = deid.deidentify(c.dialogue());
                StringBuilder spans = new StringBuilder(d.text()).append('\u0000');
                for (PhiSpan s : d.spans()) {
                    spans.append(s.start()).append(',').append(s.end()).append(',').append(s.category()).append(',')
                            .append(s.surrogate()).append('\n');
                }
                out.put(split + "/" + c.id(), sha(NoteJson.write(note)) + "\t"
                        + sha(NoteMarkdown.render(note, template, t)) + "\t" + sha(bundle) + "\t" + sha(spans.toString()));
            }
        }
        return out;
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
