package org.clinicalnotes.eval.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.eval.report.ReportSection;
import org.clinicalnotes.eval.report.ReportTable;
import org.junit.jupiter.api.Test;

class RiskReportSectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String... json) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String j : json) {
            out.add(JSON.readTree(j));
        }
        return out;
    }

    private static List<String> row(ReportTable t, String first) {
        return t.rows().stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
    }

    @Test
    void counts_recall_denials_read_as_present_and_precision_per_kind() throws Exception {
        List<JsonNode> risk = lines(
                "{\"id\":\"a\",\"dialog\":\"C: Have you had thoughts of killing yourself? | P: Sometimes, yeah.\","
                        + "\"expect\":{\"SUICIDAL_IDEATION\":\"PRESENT\"}}",
                "{\"id\":\"b\",\"dialog\":\"C: Have you had thoughts of killing yourself? | P: No.\","
                        + "\"expect\":{\"SUICIDAL_IDEATION\":\"DENIED\"}}",
                // gold says DENIED, the patient plainly says it: the screen's PRESENT counts as a denial read as present
                "{\"id\":\"c\",\"dialog\":\"P: I've been thinking about killing myself a lot this week.\","
                        + "\"expect\":{\"SUICIDAL_IDEATION\":\"DENIED\"}}",
                // gold lists nothing: a PRESENT flag here lowers precision
                "{\"id\":\"d\",\"dialog\":\"P: Everyone would be better off without me.\",\"expect\":{}}");
        List<JsonNode> measures = lines(
                "{\"id\":\"m\",\"dialog\":\"C: Your GAD-7 was 12 this time.\","
                        + "\"measures\":[{\"instrument\":\"GAD-7\",\"value\":12,\"band\":\"moderate\"}]}",
                "{\"id\":\"n\",\"dialog\":\"C: Your GAD-7 was 12 this time.\","
                        + "\"measures\":[{\"instrument\":\"GAD-7\",\"value\":13,\"band\":\"moderate\"}]}",
                "{\"id\":\"k\",\"dialog\":\"P: I'm taking sertraline 50 mg every morning.\",\"medications\":"
                        + "[{\"name\":\"sertraline\",\"dose\":\"50 mg\",\"frequency\":\"every morning\",\"status\":\"TAKING\"}]}");

        ReportSection s = RiskReportSection.section(risk, measures);

        assertThat(s.id()).isEqualTo("risk");
        ReportTable kinds = s.tables().get(0);
        assertThat(row(kinds, "suicidal ideation"))
                .containsExactly("suicidal ideation", "1", "100.0%", "2", "1", "0", "2 of 3", "3", "33.3%");
        assertThat(row(kinds, "self harm")).containsExactly("self harm", "0", "–", "0", "0", "0", "0 of 0", "0", "–");
        assertThat(row(kinds, "all").get(4)).isEqualTo("1");
        ReportTable confusion = s.tables().get(1);
        assertThat(confusion.rows().get(0)).containsExactly("PRESENT", "1", "0", "0", "0", "0");
        assertThat(confusion.rows().get(1)).containsExactly("DENIED", "1", "1", "0", "0", "0");
        ReportTable extract = s.tables().get(2);
        assertThat(extract.rows().get(0)).containsExactly(extract.rows().get(0).get(0), "2", "1", "50.0%", "1");
        assertThat(extract.rows().get(1)).containsExactly("medications", "1", "1", "100.0%", "0");
        assertThat(s.charts().get(0).series()).containsExactly("recall", "precision");
    }

    @Test
    void shipped_gold_sets_score_and_match_note_core_copies() throws Exception {
        ReportSection s = new RiskReportSection().section(Path.of("does-not-matter")).orElseThrow();

        List<String> all = row(s.tables().get(0), "all");
        assertThat(Integer.parseInt(all.get(1))).isGreaterThan(20);
        assertThat(Double.parseDouble(all.get(2).replace("%", ""))).isGreaterThan(90.0);
        assertThat(String.join(" ", s.paragraphs())).contains("risk gold set (" + RiskReportSection.load(
                RiskReportSection.RISK_GOLD).size() + " short dialogues");
        // the copies this module ships must not drift from the gold sets note-core's tests hold the screen to
        for (String f : List.of("risk-gold.jsonl", "measure-gold.jsonl")) {
            Path core = Path.of("..", "note-core", "src", "test", "resources", "gold", f);
            Path here = Path.of("src", "main", "resources", "risk-gold", f);
            assertThat(Files.readString(here)).as(f + " differs from note-core's copy").isEqualTo(Files.readString(core));
        }
    }
}
