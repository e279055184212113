package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.R4Validation;
import org.hl7.fhir.r4.model.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --audit FILE} on journal scan, course and plan: one valid FHIR AuditEvent per run, ids and codes only. */
class JournalCourseAuditCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOURNAL = "samples/journal-sample.jsonl";
    private static final String COURSE = "samples/course-client";

    @TempDir
    Path dir;

    private static List<AuditEvent> events(Path audit) throws Exception {
        List<AuditEvent> out = new ArrayList<>();
        for (String line : Files.readAllLines(audit, StandardCharsets.UTF_8)) {
            AuditEvent e = FhirContexts.r4().newJsonParser().parseResource(AuditEvent.class, line);
            assertThat(R4Validation.errors(e)).as(R4Validation.describe(R4Validation.errors(e))).isEmpty();
            out.add(e);
        }
        return out;
    }

    /** Every free text the client wrote or said, to check that none reaches the audit file. */
    private static List<String> journalTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(JOURNAL), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                JsonNode n = JSON.readTree(line);
                if (n.hasNonNull("text")) {
                    String t = n.get("text").asText();
                    texts.add(t.substring(0, Math.min(24, t.length())));
                }
            }
        }
        return texts;
    }

    @Test
    void journal_scan_appends_one_event_naming_the_client_and_no_text() throws Exception {
        Path audit = dir.resolve("audit.jsonl");
        CliRun r = GenerateCommandTest.cli("journal", "scan", JOURNAL, "--out",
                dir.resolve("j").toString(), "--audit", audit.toString());
        assertThat(r.code()).as(r.err()).isZero();

        List<AuditEvent> events = events(audit);
        assertThat(events).hasSize(1);
        AuditEvent e = events.get(0);
        assertThat(e.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(e.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(e.getEntity()).extracting(x -> x.getWhat().getReference()).containsExactly("Patient/client-ana");
        String raw = Files.readString(audit, StandardCharsets.UTF_8);
        List<String> texts = journalTexts();
        assertThat(texts).isNotEmpty();
        for (String t : texts) {
            assertThat(raw).doesNotContain(t);
        }
    }

    @Test
    void a_failed_journal_scan_is_audited_with_its_code() throws Exception {
        Path audit = dir.resolve("audit.jsonl");
        CliRun r = GenerateCommandTest.cli("journal", "scan", dir.resolve("missing.jsonl").toString(),
                "--client", "client-ana", "--out", dir.resolve("j").toString(), "--audit", audit.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("CN-3210");

        AuditEvent e = events(audit).get(0);
        assertThat(e.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(e.getOutcomeDesc()).isEqualTo("CN-3210");
        assertThat(e.getEntity()).extracting(x -> x.getWhat().getReference()).containsExactly("Patient/client-ana");
    }

    @Test
    void course_and_plan_append_a_read_and_a_create_for_the_client() throws Exception {
        Path audit = dir.resolve("audit.jsonl");
        CliRun c = GenerateCommandTest.cli("course", COURSE, "-o", dir.resolve("c").toString(),
                "--audit", audit.toString());
        assertThat(c.code()).as(c.err()).isZero();
        CliRun p = GenerateCommandTest.cli("plan", COURSE, "-o", dir.resolve("p").toString(),
                "--audit", audit.toString());
        assertThat(p.code()).as(p.err()).isZero();
        Path empty = Files.createDirectories(dir.resolve("empty-client"));
        CliRun bad = GenerateCommandTest.cli("plan", empty.toString(), "-o",
                dir.resolve("p2").toString(), "--audit", audit.toString());
        assertThat(bad.code()).isEqualTo(3);

        List<AuditEvent> events = events(audit);
        assertThat(events).hasSize(3);
        assertThat(events).extracting(AuditEvent::getAction).containsExactly(AuditEvent.AuditEventAction.R,
                AuditEvent.AuditEventAction.C, AuditEvent.AuditEventAction.C);
        assertThat(events.get(0).getEntityFirstRep().getWhat().getReference()).isEqualTo("Patient/course-client");
        assertThat(events.get(1).getEntityFirstRep().getWhat().getReference()).isEqualTo("Patient/course-client");
        assertThat(events.get(2).getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(events.get(2).getOutcomeDesc()).isEqualTo("CN-3402");

        String raw = Files.readString(audit, StandardCharsets.UTF_8);
        String said = Files.readAllLines(Path.of(COURSE, "01-2026-03-02", "session.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> l.length() > 30).findFirst().orElseThrow();
        assertThat(raw).doesNotContain(said.substring(said.length() - 25));
    }
}
