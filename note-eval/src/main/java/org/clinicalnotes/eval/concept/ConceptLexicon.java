package org.clinicalnotes.eval.concept;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clinicalnotes.eval.rouge.Rouge;

/**
 * A small clinical vocabulary (medications, problems, findings) for concept overlap in the spirit of
 * ACI-Bench's medcon, which needs UMLS and so cannot be shipped.
 *
 * <p>The built-in list ({@code concepts.tsv} beside this class, about 300 concepts with 450 surface forms) is
 * hand-curated for this project and licensed with it (Apache-2.0); candidates were seeded by reading the TRAIN
 * notes of ACI-Bench (CC BY 4.0), never its test splits. Brand names and abbreviations map to one canonical
 * term ({@code norvasc} and {@code amlodipine} are one concept). Limits: no negation ("denies chest pain"
 * still finds chest pain), no UMLS semantic types beyond the three categories, and coverage limited to
 * common primary-care terms, so absolute values are not comparable with the paper's medcon column.
 *
 * <p>Matching works on {@link Rouge#tokenize} tokens (lower case, letters and digits), longest match first.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConceptLexicon {

    /** A concept: its category and canonical term. */
    public record Concept(String category, String term) {
        /** Validates. */
        public Concept {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(term, "term");
        }
    }

    private static volatile ConceptLexicon builtIn;

    private final Map<String, Concept> forms;
    private final int maxTokens;
    private final int size;

    private ConceptLexicon(Map<String, Concept> forms, int size) {
        this.forms = Map.copyOf(forms);
        this.maxTokens = forms.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.size = size;
    }

    /**
     * The built-in vocabulary.
     *
     * @return the lexicon (loaded once)
     * @since 0.1.0
     */
    public static ConceptLexicon builtIn() {
        ConceptLexicon l = builtIn;
        if (l == null) {
            try (InputStream in = ConceptLexicon.class.getResourceAsStream("concepts.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("concepts.tsv is missing from the note-eval jar");
                }
                l = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read concepts.tsv", e);
            }
            builtIn = l;
        }
        return l;
    }

    /**
     * Parses a vocabulary: one concept per line, {@code category TAB canonical TAB variant|variant}; lines
     * starting with {@code #} and blank lines are skipped.
     *
     * @param tsv the text; not null
     * @return the lexicon
     * @throws IllegalArgumentException for a line without a category and a term
     * @since 0.1.0
     */
    public static ConceptLexicon parse(String tsv) {
        Map<String, Concept> forms = new HashMap<>();
        int size = 0;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(tsv))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalArgumentException("concept line " + lineNo + " needs a category and a term");
                }
                Concept c = new Concept(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
                size++;
                List<String> surface = new ArrayList<>();
                surface.add(cells[1]);
                if (cells.length > 2 && !cells[2].isBlank()) {
                    surface.addAll(List.of(cells[2].split("\\|")));
                }
                for (String s : surface) {
                    String key = String.join(" ", Rouge.tokenize(s));
                    if (!key.isEmpty()) {
                        forms.putIfAbsent(key, c);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConceptLexicon(forms, size);
    }

    /** @return how many concepts the vocabulary has */
    public int size() {
        return size;
    }

    /**
     * Finds the concepts mentioned in a text (longest match first, no overlaps).
     *
     * @param text the text; not null
     * @return the distinct concepts in order of first mention
     * @since 0.1.0
     */
    public Set<Concept> find(String text) {
        List<String> tokens = Rouge.tokenize(Objects.requireNonNull(text, "text"));
        Set<Concept> out = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(maxTokens, tokens.size() - i); n >= 1; n--) {
                Concept c = forms.get(String.join(" ", tokens.subList(i, i + n)));
                if (c != null) {
                    out.add(c);
                    matched = n;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }
}
