package org.clinicalnotes.eval.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.eval.rouge.Rouge;
import org.junit.jupiter.api.Test;

/**
 * Three ACI-Bench TEST1 encounters (D2N088-D2N090) with the authors' transcript-copy baseline output and the
 * gold notes (CC BY 4.0, see src/test/resources/aci-bench/README.md). Expected values were computed
 * independently with a Python transcription of rouge_score's algorithms.
 */
class AciBenchSubsetRougeTest {

    private static List<Map<String, String>> rows() throws URISyntaxException {
        return AciCsv.read(Path.of(AciBenchSubsetRougeTest.class
                .getResource("/aci-bench/transcript_test1_subset.csv").toURI()));
    }

    @Test
    void scores_each_encounter_like_rouge_score() throws Exception {
        List<Map<String, String>> rows = rows();
        double[][] expected = {
            {0.388438, 0.163452, 0.250507, 0.379310},
            {0.401270, 0.197076, 0.269206, 0.387302},
            {0.422931, 0.188414, 0.293131, 0.411033}};

        assertThat(rows).extracting(r -> r.get("encounter_id")).containsExactly("D2N088", "D2N089", "D2N090");
        for (int i = 0; i < rows.size(); i++) {
            Rouge.Scores s = Rouge.score(rows.get(i).get("reference"), rows.get(i).get("note"));
            assertThat(s.rouge1().f1()).isCloseTo(expected[i][0], within(1e-6));
            assertThat(s.rouge2().f1()).isCloseTo(expected[i][1], within(1e-6));
            assertThat(s.rougeL().f1()).isCloseTo(expected[i][2], within(1e-6));
            assertThat(s.rougeLsum().f1()).isCloseTo(expected[i][3], within(1e-6));
        }
    }

    @Test
    void macro_averages_the_subset() throws Exception {
        List<Map<String, String>> rows = rows();

        Rouge.Summary s = Rouge.corpus(rows.stream().map(r -> r.get("reference")).toList(),
                rows.stream().map(r -> r.get("note")).toList());

        assertThat(s.rouge1()).isCloseTo(40.4213, within(1e-4));
        assertThat(s.rouge2()).isCloseTo(18.2980, within(1e-4));
        assertThat(s.rougeL()).isCloseTo(27.0948, within(1e-4));
        assertThat(s.rougeLsum()).isCloseTo(39.2548, within(1e-4));
    }

    @Test
    void parses_aci_bench_dialogue_into_turns() throws Exception {
        var t = AciBenchEval.parse("D2N088", rows().get(0).get("note"));

        assertThat(t.size()).isGreaterThan(10);
        assertThat(t.utterances().get(0).id()).isEqualTo("u1");
        assertThat(t.utterances().get(0).role()).isEqualTo(org.clinicalnotes.transcript.SpeakerRole.CLINICIAN);
    }
}
