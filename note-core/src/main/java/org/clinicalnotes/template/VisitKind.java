package org.clinicalnotes.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clinicalnotes.internal.WordStartPattern;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * The kind of visit a transcript records, and the note format a clinician expects for it: a psychotherapy
 * session gets a BIRP note (behaviour, the clinician's interventions, the client's response, plan), a
 * psychiatric intake the intake note, a specialty consultation the consult note and any other visit
 * (primary care, follow-up) a SOAP note.
 *
 * <p>{@link #detect} counts cue phrases (resource {@code visit-kinds.tsv}) per utterance: intake questions
 * with psychiatric content, the work of a therapy session outweighing medical talk, a referral; the cues
 * were written from the seed descriptions and ACI-Bench/MTS-Dialog TRAIN dialogues. Stateless and
 * thread-safe.
 *
 * @since 0.2.0
 */
public enum VisitKind {
    /** A psychotherapy or counselling session. */
    PSYCHOTHERAPY("birp", "psychotherapy session"),
    /** A first psychiatric or behavioural-health assessment. */
    PSYCHIATRIC_INTAKE("intake", "psychiatric intake"),
    /** A specialty consultation on referral. */
    SPECIALTY("consult", "specialty consultation"),
    /** Primary care or any other medical visit. */
    PRIMARY_CARE("soap", "primary care or follow-up visit");

    private final String templateId;
    private final String label;

    VisitKind(String templateId, String label) {
        this.templateId = templateId;
        this.label = label;
    }

    /** @return the id of the built-in template for this kind of visit */
    public String templateId() {
        return templateId;
    }

    /** @return a short description, for summaries */
    public String label() {
        return label;
    }

    private static final Map<String, List<WordStartPattern>> CUES = load();
    /** {@link #CUES} flattened: each cue pattern and its group, in one order. */
    private static final WordStartPattern[] CUE_PATTERNS = CUES.values().stream().flatMap(List::stream)
            .toArray(WordStartPattern[]::new);
    private static final String[] CUE_GROUPS = CUES.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(p -> e.getKey())).toArray(String[]::new);

    /**
     * Whether every cue is written in the plain form that cannot match a line break (letters, digits, spaces,
     * apostrophes, hyphens, {@code \\b}, {@code \\w}, {@code \\d}, groups, positive classes and counts; no
     * {@code \\s}, {@code .}, negated class or anchor), so that {@link #detect} may search all utterances at once.
     */
    static final boolean JOINABLE = CUES.values().stream().flatMap(List::stream)
            .allMatch(p -> staysInALine(p.pattern()));

    /** @return whether the pattern is of the plain form {@link #JOINABLE} describes */
    static boolean staysInALine(Pattern p) {
        if ((p.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.DOTALL | Pattern.MULTILINE)) != 0) {
            return false;
        }
        String r = p.pattern().replace("\\b", "").replace("\\w", "").replace("\\d", "");
        if (r.contains("[^")) {
            return false;
        }
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " '-()?:|*+[]{},".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<WordStartPattern>> load() {
        try (InputStream in = VisitKind.class.getResourceAsStream("visit-kinds.tsv")) {
            if (in == null) {
                throw new IllegalStateException("visit-kinds.tsv missing from the class path");
            }
            Map<String, List<WordStartPattern>> out = new java.util.HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(WordStartPattern.of(Pattern.compile(f[1].strip())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Detects the kind of visit.
     *
     * @param transcript the transcript; not null
     * @return the kind, {@link #PRIMARY_CARE} when no other kind's cues are strong enough
     */
    public static VisitKind detect(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        Map<String, Integer> n = new java.util.HashMap<>();
        boolean therapyLabels = false;
        for (Utterance u : transcript.utterances()) {
            therapyLabels = therapyLabels || THERAPY_LABEL.matcher(u.speaker().label()).find();
        }
        int[] counts = cueCounts(transcript.utterances(), JOINABLE);
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                n.merge(CUE_GROUPS[k], counts[k], Integer::sum);
            }
        }
        // speakers labelled therapist or client say as much as a few cue words
        int therapy = n.getOrDefault("therapy", 0) + (therapyLabels ? 3 : 0);
        int medical = n.getOrDefault("medical", 0);
        int intake = n.getOrDefault("intake", 0);
        int psych = n.getOrDefault("psych", 0);
        int specialty = n.getOrDefault("specialty", 0);
        if (intake >= 2 && psych + therapy >= 4 && psych + therapy > medical) {
            return PSYCHIATRIC_INTAKE;
        }
        if (therapy >= 4 && therapy > 2 * medical) {
            return PSYCHOTHERAPY;
        }
        if (specialty >= 1) {
            return SPECIALTY;
        }
        return PRIMARY_CARE;
    }

    /**
     * How often each cue pattern occurs in the lower-cased utterances, summed over them (in {@link #CUE_PATTERNS}
     * order). Joined: one search over the utterances joined by line breaks, which finds the same matches when
     * every cue stays inside a line ({@link #JOINABLE}) and sets each cue's matchers to one text instead of one
     * per utterance; else a search per utterance.
     */
    static int[] cueCounts(List<Utterance> utterances, boolean joined) {
        int[] counts = new int[CUE_PATTERNS.length];
        if (joined) {
            StringBuilder sb = new StringBuilder();
            for (Utterance u : utterances) {
                sb.append(u.text().toLowerCase(Locale.ROOT)).append('\n');
            }
            String t = sb.toString();
            for (int k = 0; k < counts.length; k++) {
                counts[k] = CUE_PATTERNS[k].count(t); // tried at word starts only: the cues begin with \b and a letter
            }
            return counts;
        }
        // one searcher per cue for the whole transcript: its matchers are reused from utterance to utterance
        WordStartPattern.Searcher[] searchers = new WordStartPattern.Searcher[CUE_PATTERNS.length];
        for (int k = 0; k < searchers.length; k++) {
            searchers[k] = CUE_PATTERNS[k].searcher();
        }
        for (Utterance u : utterances) {
            String t = u.text().toLowerCase(Locale.ROOT);
            for (int k = 0; k < searchers.length; k++) {
                counts[k] += searchers[k].count(t);
            }
        }
        return counts;
    }

    /**
     * Whether a transcript is a dictation: every turn is the clinician's, and the clinician is not talking to
     * someone (at most one turn in three says "you").
     *
     * @param transcript the transcript; not null
     * @return true for a dictated note
     */
    public static boolean isDictation(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        int addressed = 0;
        for (Utterance u : transcript.utterances()) {
            if (u.role() != SpeakerRole.CLINICIAN) {
                return false;
            }
            if (SECOND_PERSON.matcher(u.text()).find()) {
                addressed++;
            }
        }
        // a clinician talking to someone ("I'd like you to ...") is not dictating
        return !transcript.utterances().isEmpty() && addressed * 3 <= transcript.utterances().size();
    }

    private static final Pattern THERAPY_LABEL = Pattern.compile("(?i)\\b(?:therapist|counsell?or|client)\\b");

    private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(?:you|your|you're|you've)\\b");

}
