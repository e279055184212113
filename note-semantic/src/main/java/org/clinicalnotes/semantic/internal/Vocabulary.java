package org.clinicalnotes.semantic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The matcher's pre-filter: a sentence is worth embedding when one of its words (by its first five letters)
 * is typical of risk statements and rare in ordinary medical visits. The weights, in {@code stem-weights.tsv},
 * are log-odds of each stem in the bank's risk exemplars against the sentences of the ACI-Bench train and
 * valid visits, made by {@code note-semantic/tools/stem-weights.py} (run it after every change to the bank).
 */
final class Vocabulary {

    static final Vocabulary SHARED = new Vocabulary();
    /**
     * Least weight of a sentence's best stem, alone and where risk came up nearby. Chosen on the development set
     * against the time budget on an ACI-Bench visit (see the README beside the bank).
     */
    static final double THRESHOLD = 2.5;
    static final double CONTEXT_THRESHOLD = 0.5;
    private static final int STEM = 5;
    private static final String RESOURCE = "/org/clinicalnotes/semantic/stem-weights.tsv";

    private final Map<String, Double> weights = new HashMap<>();

    private Vocabulary() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("pre-filter weights not on the class path: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                weights.put(cells[0], Double.parseDouble(cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    boolean accepts(String sentence) {
        return accepts(sentence, THRESHOLD);
    }

    boolean accepts(String sentence, boolean riskContext) {
        return accepts(sentence, riskContext ? CONTEXT_THRESHOLD : THRESHOLD);
    }

    private boolean accepts(String sentence, double threshold) {
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (w.length() >= 3) {
                Double weight = weights.get(w.length() <= STEM ? w : w.substring(0, STEM));
                if (weight != null && weight >= threshold) {
                    return true;
                }
            }
        }
        return false;
    }
}
