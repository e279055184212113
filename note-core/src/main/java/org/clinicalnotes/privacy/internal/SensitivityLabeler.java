package org.clinicalnotes.privacy.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clinicalnotes.internal.Tsv;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.note.SensitivityLabel;
import org.clinicalnotes.note.SensitivityLabel.Category;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Labels a note's sensitive content, from the conversation and what the local screens found: the template
 * (a therapy session note), risk flags that were not denied, measures, medications, and words said
 * (matched on whole words, without regular expressions). The triggers live in {@code sensitivity.tsv}.
 * One label per category, citing every utterance that triggered it and the first trigger's name.
 *
 * <p>Immutable and thread-safe; {@link #create()} loads the vocabulary once.
 *
 * @since 0.2.0
 */
public final class SensitivityLabeler {

    private static final SensitivityLabeler DEFAULT = new SensitivityLabeler();

    private final Map<String, Category> templates = new LinkedHashMap<>();
    private final Map<String, Category> risks = new LinkedHashMap<>();
    private final Map<String, Category> measures = new LinkedHashMap<>();
    private final Map<String, Category> medications = new LinkedHashMap<>();
    private final Map<String, Category> terms = new LinkedHashMap<>();

    private SensitivityLabeler() {
        for (String[] row : Tsv.rows(SensitivityLabeler.class, "/org/clinicalnotes/privacy/sensitivity.tsv", 3)) {
            Category c = Category.valueOf(row[0]);
            Map<String, Category> target = switch (row[1]) {
                case "template" -> templates;
                case "risk" -> risks;
                case "measure" -> measures;
                case "medication" -> medications;
                case "term" -> terms;
                default -> throw new IllegalStateException("sensitivity.tsv: unknown source " + row[1]);
            };
            target.put(row[1].equals("risk") || row[1].equals("measure") ? row[2] : row[2].toLowerCase(Locale.ROOT),
                    c);
        }
    }

    /** @return the labeler with the shipped vocabulary */
    public static SensitivityLabeler create() {
        return DEFAULT;
    }

    /**
     * @param transcript the conversation; not null
     * @param templateId the note's template id; not null
     * @param flags the risk flags; not null
     * @param scores the measure scores; not null
     * @param meds the medication mentions; not null
     * @return one label per category found, in category order
     */
    public List<SensitivityLabel> labels(Transcript transcript, String templateId, List<RiskFlag> flags,
                                         List<MeasureScore> scores, List<MedicationMention> meds) {
        Objects.requireNonNull(transcript, "transcript");
        Map<Category, String> trigger = new EnumMap<>(Category.class);
        Map<Category, Set<String>> evidence = new EnumMap<>(Category.class);
        Category t = templates.get(templateId.toLowerCase(Locale.ROOT));
        if (t != null) {
            hit(trigger, evidence, t, "template:" + templateId, List.of());
        }
        for (RiskFlag f : flags) {
            Category c = risks.get(f.kind().name());
            if (c != null && f.status() != RiskFlag.Status.DENIED) {
                hit(trigger, evidence, c, "risk:" + f.kind().name(), f.evidence());
            }
        }
        for (MeasureScore m : scores) {
            Category c = measures.get(m.instrument());
            if (c != null) {
                hit(trigger, evidence, c, "measure:" + m.instrument(), m.evidence());
            }
        }
        for (MedicationMention m : meds) {
            Category c = medications.get(m.name().toLowerCase(Locale.ROOT));
            if (c != null) {
                hit(trigger, evidence, c, "medication:" + m.name().toLowerCase(Locale.ROOT), m.evidence());
            }
        }
        for (Utterance u : transcript.utterances()) {
            String words = " " + words(u.text()) + " ";
            for (Map.Entry<String, Category> e : terms.entrySet()) {
                if (words.contains(" " + e.getKey() + " ")) {
                    hit(trigger, evidence, e.getValue(), "term:" + e.getKey(), List.of(u.id()));
                }
            }
        }
        List<SensitivityLabel> out = new ArrayList<>();
        for (Map.Entry<Category, String> e : trigger.entrySet()) {
            out.add(new SensitivityLabel(e.getKey(), e.getValue(), List.copyOf(evidence.get(e.getKey()))));
        }
        return out;
    }

    private static void hit(Map<Category, String> trigger, Map<Category, Set<String>> evidence, Category c,
                            String name, List<String> ids) {
        trigger.putIfAbsent(c, name);
        evidence.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(ids);
    }

    /** Lower-case words and digits separated by single spaces: "Alcohol, CD4-count!" becomes "alcohol cd4 count". */
    public static String words(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString().strip();
    }
}
