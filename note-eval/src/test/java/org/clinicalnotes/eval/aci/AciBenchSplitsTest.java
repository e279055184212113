package org.clinicalnotes.eval.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.eval.run.Divisions;
import org.clinicalnotes.eval.run.EvalSplit;
import org.clinicalnotes.eval.run.PublishedRow;
import org.clinicalnotes.eval.run.SyntheticAciBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AciBenchSplitsTest {

    @TempDir
    Path tmp;

    @Test
    void loads_dialogues_notes_divisions_and_published_blocks() throws Exception {
        EvalSplit split = AciBenchSplits.load(SyntheticAciBench.write(tmp, "test1"), "test1");

        assertThat(split.cases()).extracting(c -> c.id() + "/" + c.subset()).containsExactly("X001/aci", "X002/virtassist");
        assertThat(split.cases().get(1).divisionReferences().get("objective_results")).isEqualTo("Oxygen saturation 98%.");
        assertThat(split.published()).extracting(PublishedRow::block).containsOnly("ALL", "subjective", "objective_exam",
                "objective_results", "assessment_and_plan");
        PublishedRow gpt = split.published().stream().filter(r -> r.block().equals("ALL") && r.system().equals("GPT-4"))
                .findFirst().orElseThrow();
        assertThat(List.of(gpt.rouge1(), gpt.rouge2(), gpt.rougeL(), gpt.fact())).containsExactly(51.76, 22.58, 45.97, 57.78);
    }

    @Test
    void maps_the_aci_template_to_the_four_divisions() {
        assertThat(Divisions.forTemplate(AciBenchSplits.template())).containsExactly(
                java.util.Map.entry("chief_complaint", "subjective"), java.util.Map.entry("hpi", "subjective"),
                java.util.Map.entry("ros", "subjective"), java.util.Map.entry("exam", "objective_exam"),
                java.util.Map.entry("results", "objective_results"),
                java.util.Map.entry("assessment_plan", "assessment_and_plan"));
    }

    @Test
    void names_the_line_of_a_bad_score() throws Exception {
        Path t = tmp.resolve("t.csv");
        Files.writeString(t, "ALL\nModel,ROUGE-1,ROUGE-2,ROUGE-L,BERTScore,BLEURT,Fact,average\nGPT-4,x,1,1,1,1,1,1\n");

        assertThatThrownBy(() -> AciBenchSplits.published(t)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.csv").hasMessageContaining("line 3");
    }
}
