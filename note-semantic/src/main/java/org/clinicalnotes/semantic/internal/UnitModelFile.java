package org.clinicalnotes.semantic.internal;

import static org.clinicalnotes.semantic.internal.UnitModel.DENIED;
import static org.clinicalnotes.semantic.internal.UnitModel.FORMAT;
import static org.clinicalnotes.semantic.internal.UnitModel.HEADS;
import static org.clinicalnotes.semantic.internal.UnitModel.LEVELS;
import static org.clinicalnotes.semantic.internal.UnitModel.PRESENT;
import static org.clinicalnotes.semantic.internal.UnitModel.dimension;
import static org.clinicalnotes.semantic.internal.UnitModel.PERPETRATORS;
import static org.clinicalnotes.semantic.internal.UnitModel.outputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.ConfigurationException;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.DialogueUnit;
import org.clinicalnotes.semantic.internal.UnitModel.Thresholds;

/** Reads the learned risk model's TSV file ({@link UnitModel#write}); every malformed line is CN-3501. */
final class UnitModelFile {

    private UnitModelFile() {
    }

    static UnitModel read(InputStream in, String name) {
        float[][] w1 = null;
        float[] b1 = null;
        float[][] w2 = new float[outputs()][];
        float[] b2 = new float[outputs()];
        Thresholds t = Thresholds.uniform(Double.NaN, Double.NaN, Double.NaN);
        float[][] lw = new float[LEVELS.size()][];
        float[] lb = new float[LEVELS.size()];
        float[][] pw = new float[PERPETRATORS.size()][];
        float[] pb = new float[PERPETRATORS.size()];
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "format" -> {
                        if (Integer.parseInt(f[1]) != FORMAT) {
                            throw bad(name, lineNo, "format " + f[1] + " is not " + FORMAT);
                        }
                    }
                    case "thresholds" -> {
                        int i = RiskFlag.Kind.valueOf(f[1]).ordinal();
                        t.add()[i] = Double.parseDouble(f[2]);
                        t.veto()[i] = Double.parseDouble(f[3]);
                        t.deny()[i] = Double.parseDouble(f[4]);
                    }
                    case "features" -> {
                        if (!List.of(f[1].split(",")).equals(DialogueUnit.FEATURES)) {
                            throw bad(name, lineNo, "its rule features differ from this screen's; retrain the model");
                        }
                    }
                    case "shape" -> {
                        if (Integer.parseInt(f[2]) != dimension() || Integer.parseInt(f[3]) != outputs()) {
                            throw bad(name, lineNo, "shape " + f[2] + "x" + f[3] + " is not " + dimension() + "x"
                                    + outputs());
                        }
                        w1 = new float[Integer.parseInt(f[1])][];
                        b1 = new float[w1.length];
                    }
                    case "hidden" -> {
                        if (w1 == null) {
                            throw bad(name, lineNo, "a hidden row before the shape");
                        }
                        int j = Integer.parseInt(f[1]);
                        b1[j] = Float.parseFloat(f[2]);
                        w1[j] = floats(f, dimension(), name, lineNo);
                    }
                    case "output" -> {
                        String[] kh = f[1].split("/");
                        int j = RiskFlag.Kind.valueOf(kh[0]).ordinal() * HEADS + ("present".equals(kh[1]) ? PRESENT : DENIED);
                        b2[j] = Float.parseFloat(f[2]);
                        w2[j] = floats(f, w1 == null ? 0 : w1.length, name, lineNo);
                    }
                    case "level", "perpetrator" -> {
                        boolean isLevel = "level".equals(f[0]);
                        int j = (isLevel ? LEVELS : PERPETRATORS).indexOf(f[1]);
                        if (j < 0) {
                            throw bad(name, lineNo, "unknown " + f[0] + " '" + f[1] + "'");
                        }
                        (isLevel ? lb : pb)[j] = Float.parseFloat(f[2]);
                        (isLevel ? lw : pw)[j] = floats(f, dimension(), name, lineNo);
                    }
                    default -> throw bad(name, lineNo, "unknown line type '" + f[0] + "'");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigurationException c) {
                throw c;
            }
            throw bad(name, lineNo, "cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < w2.length; j++) {
            if (w2[j] == null) {
                missing.add("output " + j);
            }
        }
        if (w1 != null) {
            for (int j = 0; j < w1.length; j++) {
                if (w1[j] == null) {
                    missing.add("hidden " + j);
                }
            }
        }
        for (int j = 0; j < lw.length; j++) {
            if (lw[j] == null) {
                missing.add("level " + LEVELS.get(j));
            }
        }
        for (int j = 0; j < pw.length; j++) {
            if (pw[j] == null) {
                missing.add("perpetrator " + PERPETRATORS.get(j));
            }
        }
        for (RiskFlag.Kind k : RiskFlag.Kind.values()) {
            if (Double.isNaN(t.add()[k.ordinal()]) || Double.isNaN(t.veto()[k.ordinal()])
                    || Double.isNaN(t.deny()[k.ordinal()])) {
                missing.add("thresholds " + k);
            }
        }
        if (w1 == null || !missing.isEmpty()) {
            throw bad(name, lineNo, "incomplete: " + (w1 == null ? "no shape " : "") + missing);
        }
        return new UnitModel(w1, b1, w2, b2, t, new Softmax("level", LEVELS, lw, lb),
                new Softmax("perpetrator", PERPETRATORS, pw, pb));
    }

    private static float[] floats(String[] f, int n, String name, int lineNo) {
        if (f.length != 3 + n) {
            throw bad(name, lineNo, "expected " + n + " weights, got " + (f.length - 3));
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = Float.parseFloat(f[3 + i]);
        }
        return out;
    }

    private static ConfigurationException bad(String name, int line, String what) {
        return new ConfigurationException("CN-3501", "risk model " + name + ", line " + line + ": " + what
                + ". Rebuild note-semantic or retrain the model with RiskModelTrainer.");
    }
}
