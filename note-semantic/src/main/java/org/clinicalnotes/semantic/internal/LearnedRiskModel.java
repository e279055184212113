package org.clinicalnotes.semantic.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.DialogueUnit;
import org.clinicalnotes.risk.RiskModel;

/**
 * The {@link RiskModel} of {@code note-semantic}: embeds each candidate dialogue unit (question + answer) with
 * quantized all-MiniLM-L6-v2, in one batch, and reads it with per-kind logistic weights trained on blind-written
 * conversations ({@code risk-model.tsv}, written by {@code RiskModelTrainer} in {@code note-eval}).
 *
 * <p>Registered for {@link java.util.ServiceLoader}. The weights load on the first {@link #read}; the model is
 * the one {@link ExemplarRiskMatcher} already loaded. Thread-safe, deterministic, local; it neither logs nor
 * keeps the text.
 *
 * @since 0.3.0
 */
public final class LearnedRiskModel implements RiskModel {

    /** The resource with the weights. */
    static final String RESOURCE = "/org/clinicalnotes/semantic/risk-model.tsv";
    /** The weights' version: raise it with every retrained file. */
    static final int VERSION = 3;
    static final String ID = SentenceEncoder.MODEL_ID + "/units-" + VERSION;

    /** For {@link java.util.ServiceLoader}; loads nothing. */
    public LearnedRiskModel() {
        // the weights load on the first read
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ConfigurationException CN-3501 when the weights resource is missing or malformed
     */
    @Override
    public List<Verdict> read(List<DialogueUnit> units, Map<RiskFlag.Kind, RiskFlag.Status> rules) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(rules, "rules");
        if (units.isEmpty()) {
            return List.of();
        }
        UnitModel model = Weights.get();
        List<String> texts = new ArrayList<>(units.size());
        for (DialogueUnit u : units) {
            texts.add(u.text().isBlank() ? "." : u.text());
        }
        float[][] e = SemanticIndex.shared().embed(texts);
        List<float[]> xs = new ArrayList<>(units.size());
        for (int i = 0; i < e.length; i++) {
            xs.add(UnitModel.input(e[i], units.get(i).features()));
        }
        double[][][] r = model.read(xs);
        List<Verdict> out = new ArrayList<>();
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            Verdict v = UnitModel.decide(k, rules.get(k), r[k.ordinal()][UnitModel.PRESENT],
                    r[k.ordinal()][UnitModel.DENIED], model.thresholds(),
                    UnitModel.mayAddOverUnclear(r[k.ordinal()][UnitModel.PRESENT], xs));
            v = model.withAttributes(v, xs);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "LearnedRiskModel[" + ID + "]";
    }

    private static final class Weights {
        private static final UnitModel MODEL;
        private static final ConfigurationException FAILURE;

        static {
            UnitModel m = null;
            ConfigurationException f = null;
            try (InputStream in = LearnedRiskModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    f = new ConfigurationException("CN-3501", "risk model " + RESOURCE
                            + " is not on the class path. Rebuild note-semantic.");
                } else {
                    m = UnitModel.read(in, RESOURCE);
                }
            } catch (ConfigurationException e) {
                f = e;
            } catch (java.io.IOException e) {
                f = new ConfigurationException("CN-3501", "risk model " + RESOURCE + " cannot be read.");
            }
            MODEL = m;
            FAILURE = f;
        }

        static UnitModel get() {
            if (MODEL == null) {
                throw FAILURE;
            }
            return MODEL;
        }
    }
}
