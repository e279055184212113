package org.clinicalnotes.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.DialogueUnit;
import org.clinicalnotes.risk.RiskModel;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;

/** The learned risk model: its file, its decisions, and the shipped weights with the real embedding model. */
class LearnedRiskModelTest {

    private static UnitModel tiny(UnitModel.Thresholds t) {
        int d = UnitModel.dimension();
        float[][] w1 = new float[2][d];
        w1[0][d - 1] = 1;
        float[][] w2 = new float[UnitModel.outputs()][2];
        float[] b2 = new float[UnitModel.outputs()];
        w2[RiskFlag.Kind.SELF_HARM.ordinal() * UnitModel.HEADS + UnitModel.PRESENT][0] = 6;
        b2[RiskFlag.Kind.SELF_HARM.ordinal() * UnitModel.HEADS + UnitModel.PRESENT] = -3;
        return new UnitModel(w1, new float[2], w2, b2, t, head("level", UnitModel.LEVELS, "PLAN"),
                head("perpetrator", UnitModel.PERPETRATORS, "ADULT_CHILD"));
    }

    /** A head that reads {@code on} when the last input is 1 and the first class otherwise. */
    private static Softmax head(String type, List<String> classes, String on) {
        int d = UnitModel.dimension();
        float[][] w = new float[classes.size()][d];
        float[] b = new float[classes.size()];
        b[0] = 1;
        w[classes.indexOf(on)][d - 1] = 5;
        return new Softmax(type, classes, w, b);
    }

    @Test
    void a_present_verdict_gets_the_heads_level_or_perpetrator_from_its_deciding_unit() {
        UnitModel m = tiny(UnitModel.Thresholds.uniform(0.9, 0.1, 0.5));
        float[] x = new float[UnitModel.dimension()];
        x[x.length - 1] = 1;
        List<float[]> xs = List.of(new float[UnitModel.dimension()], x);
        RiskModel.Verdict si = m.withAttributes(new RiskModel.Verdict(RiskFlag.Kind.SUICIDAL_IDEATION, RiskFlag.Status.PRESENT,
                0.95, 1), xs);
        assertThat(si.level()).isEqualTo(org.clinicalnotes.note.RiskFlag.CssrsLevel.PLAN);
        assertThat(si.perpetrator()).isNull();
        RiskModel.Verdict first = m.withAttributes(new RiskModel.Verdict(RiskFlag.Kind.SUICIDAL_IDEATION,
                RiskFlag.Status.PRESENT, 0.95, 0), xs);
        assertThat(first.level()).isEqualTo(org.clinicalnotes.note.RiskFlag.CssrsLevel.WISH_TO_BE_DEAD);
        RiskModel.Verdict elder = m.withAttributes(new RiskModel.Verdict(RiskFlag.Kind.ELDER_ABUSE, RiskFlag.Status.PRESENT,
                0.95, 1), xs);
        assertThat(elder.perpetrator()).isEqualTo(org.clinicalnotes.note.RiskFlag.Perpetrator.ADULT_CHILD);
        assertThat(elder.level()).isNull();
        RiskModel.Verdict doubt = new RiskModel.Verdict(RiskFlag.Kind.ELDER_ABUSE, RiskFlag.Status.UNCLEAR, 0.05, 1);
        assertThat(m.withAttributes(doubt, xs)).isSameAs(doubt);
    }

    @Test
    void a_written_model_reads_back_with_the_same_readings() throws Exception {
        UnitModel m = tiny(UnitModel.Thresholds.uniform(0.9, 0.1, 0.5));
        StringWriter w = new StringWriter();
        m.write(w, List.of("test"));
        assertThat(w.toString()).startsWith("# test\n").contains("format\t3").contains("level\tPLAN\t");
        UnitModel back = UnitModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "t");
        float[] x = new float[UnitModel.dimension()];
        x[x.length - 1] = 1;
        assertThat(back.read(List.of(new float[UnitModel.dimension()], x))[RiskFlag.Kind.SELF_HARM.ordinal()][UnitModel.PRESENT])
                .containsExactly(m.read(List.of(new float[UnitModel.dimension()], x))[RiskFlag.Kind.SELF_HARM.ordinal()][UnitModel.PRESENT]);
        assertThat(back.thresholds().add()[0]).isEqualTo(0.9);
        assertThat(back.levelHead().predict(x)).isEqualTo("PLAN");
        assertThat(back.perpetratorHead().predict(x)).isEqualTo("ADULT_CHILD");
    }

    @Test
    void a_max_pooled_reading_takes_the_best_unit_and_thresholds_decide() {
        UnitModel m = tiny(UnitModel.Thresholds.uniform(0.9, 0.1, 0.5));
        float[] x = new float[UnitModel.dimension()];
        x[x.length - 1] = 1;
        double[][][] r = m.read(List.of(new float[UnitModel.dimension()], x));
        double[] present = r[RiskFlag.Kind.SELF_HARM.ordinal()][UnitModel.PRESENT];
        assertThat(present[1]).isEqualTo(1);
        assertThat(present[0]).isGreaterThan(0.9);
        double[] denied = r[RiskFlag.Kind.SELF_HARM.ordinal()][UnitModel.DENIED];
        RiskModel.Verdict add = UnitModel.decide(RiskFlag.Kind.SELF_HARM, null, present, denied, m.thresholds());
        assertThat(add.status()).isEqualTo(RiskFlag.Status.PRESENT);
        assertThat(add.unit()).isEqualTo(1);
        assertThat(UnitModel.decide(RiskFlag.Kind.SELF_HARM, RiskFlag.Status.PRESENT, present, denied, m.thresholds())).isNull();
        assertThat(UnitModel.decide(RiskFlag.Kind.SELF_HARM, RiskFlag.Status.PRESENT, new double[] {0.05, 0}, denied,
                m.thresholds()).status()).isEqualTo(RiskFlag.Status.UNCLEAR);
        assertThat(UnitModel.decide(RiskFlag.Kind.SELF_HARM, null, new double[] {0.5, 0}, new double[] {0.7, 0},
                m.thresholds()).status()).isEqualTo(RiskFlag.Status.DENIED);
        assertThat(UnitModel.decide(RiskFlag.Kind.SELF_HARM, null, new double[] {0, -1}, new double[] {0, -1},
                m.thresholds())).isNull();
        assertThat(m.read(List.of())[0][0]).containsExactly(0, -1);
    }

    @Test
    void a_malformed_file_says_which_file_and_line_with_its_code() {
        String text = "# x\nformat\t3\nshape\t2\t5\t16\n";
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> UnitModel.read(in, "bad.tsv"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("CN-3501").hasMessageContaining("bad.tsv").hasMessageContaining("line 3");
        InputStream features = new ByteArrayInputStream("features\ta,b\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> UnitModel.read(features, "old.tsv")).hasMessageContaining("retrain");
    }

    @Test
    void the_shipped_weights_load_and_the_default_screen_uses_them() {
        RiskScreen screen = RiskScreen.create();
        assertThat(screen.model()).isPresent();
        assertThat(screen.id()).endsWith("+" + LearnedRiskModel.ID);
        assertThat(new LearnedRiskModel().read(List.of(), Map.of())).isEmpty();
    }

    @Test
    void shipped_model_reads_a_plain_disclosure_and_leaves_an_ordinary_visit_alone() {
        RiskScreen screen = RiskScreen.create();
        var flags = screen.screen(org.clinicalnotes.transcript.Transcript.ofTurns("t", List.of(
                new org.clinicalnotes.transcript.Transcript.Turn(org.clinicalnotes.transcript.Speaker.CLINICIAN,
                        "Have you had any thoughts of ending your life?"),
                new org.clinicalnotes.transcript.Transcript.Turn(org.clinicalnotes.transcript.Speaker.PATIENT,
                        "Yes, most nights this week I think about taking all my pills."))));
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(RiskFlag.Kind.SUICIDAL_IDEATION);
            assertThat(f.status()).isEqualTo(RiskFlag.Status.PRESENT);
        });
        var visit = screen.screen(org.clinicalnotes.transcript.Transcript.ofTurns("v", List.of(
                new org.clinicalnotes.transcript.Transcript.Turn(org.clinicalnotes.transcript.Speaker.CLINICIAN,
                        "How has the knee been since the injection?"),
                new org.clinicalnotes.transcript.Transcript.Turn(org.clinicalnotes.transcript.Speaker.PATIENT,
                        "Much better, I can walk the dog again without pain."))));
        assertThat(visit).noneMatch(f -> f.status() == RiskFlag.Status.PRESENT);
        assertThat(DialogueUnit.FEATURES).hasSize(60);
    }
}
