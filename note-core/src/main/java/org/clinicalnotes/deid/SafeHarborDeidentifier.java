package org.clinicalnotes.deid;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * The default {@link Deidentifier}: finds the 18 HIPAA Safe Harbor identifiers with rules and word lists (no
 * model to download), and replaces each with a realistic surrogate of the same kind and shape.
 *
 * <ul>
 *   <li>Numbers and codes: phone and fax numbers (NANP patterns and libphonenumber for international
 *       numbers), email, URL, IPv4/IPv6, SSN, and record, member, account, licence, vehicle and device numbers
 *       announced by cue words ("MRN", "member id", "policy number") or long enough to be identifiers;
 *       numbers spelled out digit by digit ("five five five, one two one two").</li>
 *   <li>Dates in written and spoken forms ("June 2, 1978", "11/3/2001", "April 9th", "the 14th", "the
 *       middle of July", "july twenty ninth two thousand eight"), never a year alone; ages over 89.</li>
 *   <li>Names: dictionaries of first names and surnames (datafaker's English lists) guarded by a list of
 *       ordinary and clinical words, capitals in mixed-case text, and cues: "Dr. X", "my brother X",
 *       "I'm X", "named X", greetings ("good morning julie"), a surname after a first name, hyphenated
 *       names. Lower-case transcripts (ACI-Bench style) work.</li>
 *   <li>Places and organisations: street addresses, ZIP codes after a state, PO boxes, apartment numbers,
 *       cities (dictionary, or any unknown word after "live in", "drove in from"), facilities ("Kenosha
 *       Memorial Hospital") and employers ("works at X"). States and countries are kept, as Safe Harbor
 *       allows.</li>
 * </ul>
 * Users add detectors ({@link Builder#addDetector}), terms that are never PHI ({@link Builder#allow}) and
 * terms that always are ({@link Builder#deny}). The union of all matches is replaced.
 *
 * <p>Surrogates: the same word gets the same surrogate in every mention of one request, partial mentions
 * included; all dates of one request move by one offset (random in ±30..335 days, so that a month
 * named alone always changes, unless
 * {@link Builder#dateShiftDays(int)} fixes it), so intervals stay right; numbers keep their shape. Each
 * request has its own {@link SafeHarborVault}.
 *
 * <p>Immutable and thread-safe; share one instance. Nothing here logs text.
 *
 * <pre>{@code
 * Deidentifier deid = SafeHarborDeidentifier.create();
 * Redaction r = deid.redact(transcript);          // r.transcript() goes to the model
 * String note = r.vault().reidentify(modelOutput);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SafeHarborDeidentifier implements Deidentifier {

    /** The policy name recorded in note metadata. */
    public static final String POLICY_NAME = "surrogates";


    private final Lexicon lx;
    private final PhiScanner scanner;
    private final List<PhiDetector> detectors;
    private final Set<String> allow;
    private final Map<String, PhiCategory> deny;
    private final Long seed;
    private final Integer shiftDays;

    private SafeHarborDeidentifier(Builder b) {
        this.lx = Lexicon.INSTANCE;
        this.scanner = new PhiScanner(lx);
        this.detectors = List.copyOf(b.detectors);
        this.allow = Set.copyOf(b.allow);
        this.deny = Map.copyOf(b.deny);
        this.seed = b.seed;
        this.shiftDays = b.shiftDays;
    }

    /** @return a de-identifier with the built-in rules, random surrogates and a random date shift */
    public static SafeHarborDeidentifier create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.detectors.addAll(detectors);
        b.allow.addAll(allow);
        b.deny.putAll(deny);
        b.seed = seed;
        b.shiftDays = shiftDays;
        return b;
    }

    @Override
    public String policyName() {
        return POLICY_NAME;
    }

    @Override
    public Redaction redact(Transcript transcript) {
        return deidentify(transcript).redaction();
    }

    /**
     * De-identifies a transcript and says where each identifier was.
     *
     * @param transcript the original; not null
     * @return the redacted transcript (same utterance ids, times and roles), its vault and the spans
     */
    public DeidentifiedTranscript deidentify(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        return deidentifyTranscript(transcript, seed);
    }

    /**
     * De-identifies a transcript with surrogates and a date shift drawn from the given seed, whatever seed
     * this de-identifier was built with: the same output as {@code toBuilder().seed(seed).build()
     * .deidentify(transcript)}, without building a de-identifier per call (batch jobs seed each row from its
     * key and share one de-identifier).
     *
     * @param transcript the original; not null
     * @param seed the seed for this call's surrogates and date shift (a fixed {@code dateShiftDays} still wins)
     * @return the redacted transcript, its vault and the spans
     * @since 0.3.0
     */
    public DeidentifiedTranscript deidentify(Transcript transcript, long seed) {
        Objects.requireNonNull(transcript, "transcript");
        return deidentifyTranscript(transcript, seed);
    }

    private DeidentifiedTranscript deidentifyTranscript(Transcript transcript, Long seed) {
        List<String> texts = new ArrayList<>(transcript.size());
        StringBuilder all = new StringBuilder(transcript.textLength() + transcript.size() * 16);
        for (Utterance u : transcript.utterances()) {
            texts.add(u.text());
            all.append(u.speaker().label()).append('\n').append(u.text()).append('\n');
        }
        boolean cased = isCased(texts);
        Surrogates sur = session(all.toString().toLowerCase(Locale.ROOT), seed);
        // pass 1: every signal, turn by turn; what is found anywhere is remembered for the whole document
        DocumentMemory memory = new DocumentMemory(lx);
        List<Utterance> us = transcript.utterances();
        List<List<PhiMatch>> found = new ArrayList<>(us.size());
        List<List<Tok>> words = new ArrayList<>(us.size());
        Map<String, List<PhiMatch>> labelFound = new HashMap<>();
        AnswerRules answers = scanner.answers();
        Utterance prev = null;
        NumberCarry carry = new NumberCarry();
        for (Utterance u : us) {
            String label = u.speaker().label();
            if (!labelFound.containsKey(label)) {
                List<PhiMatch> lm = labelMatches(label);
                labelFound.put(label, lm);
                memory.learnLabel(label, lm);
            }
            List<Tok> w = Tok.split(u.text());
            words.add(w);
            List<PhiMatch> m = detect(u.text(), w, cased);
            AnswerRules.Asked asked = prev != null && !prev.speaker().label().equals(label)
                    ? answers.asked(prev.text(), words.get(words.size() - 2)) : null;
            if (asked == null && prev != null && !prev.speaker().label().equals(label)
                    && AnswerRules.statesAddress(prev.text(), found.get(found.size() - 1))) {
                asked = AnswerRules.ZIP_AFTER_ADDRESS;
            }
            AnswerRules.Asked carried = carry.next(label, u.text(), w);
            if (carried != null) {
                asked = carried;
            }
            prev = u;
            if (asked != null) {
                List<PhiMatch> a = PhiScanner.measures(w, KeepPhrases.drop(u.text(), w,
                        allowed(u.text(), answers.answer(u.text(), w, asked, cased))));
                if (carried != null) {
                    carry.joinTail(a, w, found, words, memory, us);
                }
                if (!a.isEmpty()) {
                    m = new ArrayList<>(m);
                    m.addAll(a);
                    m = PhiScanner.merge(m);
                }
            }
            memory.learn(u.text(), m);
            found.add(m);
            carry.after(label, asked, w, found.size() - 1);
        }
        // pass 2: every mention of what pass 1 found, everywhere
        List<Utterance> out = new ArrayList<>(us.size());
        Map<String, List<PhiSpan>> spans = new LinkedHashMap<>();
        Map<String, List<PhiSpan>> labels = new LinkedHashMap<>();
        Map<String, String> labelCache = new HashMap<>();
        Map<String, List<PhiSpan>> labelSpanCache = new HashMap<>();
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            String label = u.speaker().label();
            String newLabel = labelCache.get(label);
            if (newLabel == null) {
                List<PhiMatch> lm = new ArrayList<>(labelFound.get(label));
                lm.addAll(allowed(label, memory.recall(label, true)));
                List<PhiSpan> ls = apply(label, PhiScanner.merge(lm), sur);
                labelSpanCache.put(label, ls);
                newLabel = replace(label, ls);
                labelCache.put(label, newLabel);
            }
            if (!labelSpanCache.get(label).isEmpty()) {
                labels.put(u.id(), labelSpanCache.get(label));
            }
            List<PhiMatch> m = found.get(i);
            List<PhiMatch> again = KeepPhrases.drop(u.text(), words.get(i),
                    allowed(u.text(), memory.recall(u.text(), words.get(i), cased)));
            if (!again.isEmpty()) {
                m = new ArrayList<>(m);
                m.addAll(again);
                int before = m.size();
                AgeRules.afterNames(words.get(i), m); // "Ivy is ninety-one" once "Ivy" is known as a name
                if (m.size() > before) {
                    List<PhiMatch> ages = allowed(u.text(), new ArrayList<>(m.subList(before, m.size())));
                    m = new ArrayList<>(m.subList(0, before));
                    m.addAll(ages);
                    memory.learn(u.text(), ages); // the age, for the turns after this one
                }
                m = PhiScanner.merge(m);
            }
            List<PhiSpan> s = apply(u.text(), m, sur);
            if (!s.isEmpty()) {
                spans.put(u.id(), s);
            }
            String text = replace(u.text(), s);
            Speaker sp = newLabel.equals(label) ? u.speaker() : Speaker.of(u.speaker().role(),
                    newLabel.isBlank() ? u.speaker().role().name().toLowerCase(Locale.ROOT) : newLabel);
            out.add(new Utterance(u.id(), sp, text, u.start(), u.end()));
        }
        SafeHarborVault vault = vault(sur);
        return new DeidentifiedTranscript(new Redaction(new Transcript(out, transcript.source()), vault), spans,
                labels);
    }

    /**
     * De-identifies one text (a note, a query, a message) with its own vault.
     *
     * @param text the text; not null
     * @return the text with surrogates, the spans over the original, and the vault
     */
    public DeidentifiedText deidentify(String text) {
        Objects.requireNonNull(text, "text");
        Surrogates sur = session(text.toLowerCase(Locale.ROOT), seed);
        boolean cased = isCased(List.of(text));
        List<PhiMatch> found = detect(text, cased);
        DocumentMemory memory = new DocumentMemory(lx);
        memory.learn(text, found);
        List<PhiMatch> again = allowed(text, memory.recall(text, cased));
        if (!again.isEmpty()) {
            found = new ArrayList<>(found);
            found.addAll(again);
            found = PhiScanner.merge(found);
        }
        List<PhiSpan> spans = apply(text, found, sur);
        return new DeidentifiedText(replace(text, spans), spans, vault(sur));
    }

    /**
     * Finds identifiers without replacing them: built-in rules, user detectors, deny list, minus the allow
     * list; merged and in order.
     *
     * @param text the text; not null
     * @param cased whether the text uses capital letters normally (false for lower-case transcripts)
     * @return the matches, not overlapping, in order
     */
    public List<PhiMatch> detect(String text, boolean cased) {
        Objects.requireNonNull(text, "text");
        return detect(text, Tok.split(text), cased);
    }

    private List<PhiMatch> detect(String text, List<Tok> words, boolean cased) {
        List<PhiMatch> found = scanner.scan(text, words, cased);
        for (PhiDetector d : detectors) {
            for (PhiMatch m : d.detect(text)) {
                if (m.end() <= text.length()) {
                    found.add(m);
                }
            }
        }
        if (!deny.isEmpty()) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, PhiCategory> e : deny.entrySet()) {
                int at = lower.indexOf(e.getKey());
                while (at >= 0) {
                    int end = at + e.getKey().length();
                    if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                        found.add(PhiMatch.of(at, end, e.getValue()));
                    }
                    at = lower.indexOf(e.getKey(), at + 1);
                }
            }
        }
        KeepPhrases.drop(text, words, found);
        if (!allow.isEmpty()) {
            found.removeIf(m -> allowed(text.substring(m.start(), m.end())));
        }
        return PhiScanner.merge(found);
    }

    /**
     * Finds identifiers, deciding from the text itself whether it is mixed-case.
     *
     * @param text the text; not null
     * @return the matches, not overlapping, in order
     */
    public List<PhiMatch> detect(String text) {
        return detect(text, isCased(List.of(Objects.requireNonNull(text, "text"))));
    }

    /** The matches whose text the user's allow-list does not name. */
    private List<PhiMatch> allowed(String text, List<PhiMatch> matches) {
        if (!allow.isEmpty()) {
            matches.removeIf(m -> allowed(text.substring(m.start(), m.end())));
        }
        return matches;
    }

    private boolean allowed(String span) {
        String low = span.toLowerCase(Locale.ROOT);
        if (allow.contains(low)) {
            return true;
        }
        for (Tok t : Tok.split(span)) {
            if (!allow.contains(t.low)) {
                return false;
            }
        }
        return true;
    }

    /** Names in a speaker label ({@link LabelRules}). */
    private List<PhiMatch> labelMatches(String label) {
        return LabelRules.matches(label, lx, allow);
    }

    private List<PhiSpan> apply(String text, List<PhiMatch> matches, Surrogates sur) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<PhiSpan> out = new ArrayList<>(matches.size());
        for (PhiMatch m : matches) {
            out.add(new PhiSpan(m.start(), m.end(), m.category(),
                    sur.surrogate(text.substring(m.start(), m.end()), m.category())));
        }
        return out;
    }

    private static String replace(String text, List<PhiSpan> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int last = 0;
        for (PhiSpan s : spans) {
            sb.append(text, last, s.start()).append(s.surrogate());
            last = s.end();
        }
        return sb.append(text, last, text.length()).toString();
    }

    private Surrogates session(String lowerSource, Long seed) {
        Random r = seed != null ? new Random(seed) : new Random(new SecureRandom().nextLong());
        int shift = shiftDays != null ? shiftDays : (30 + r.nextInt(306)) * (r.nextBoolean() ? 1 : -1);
        return new Surrogates(lx, r, shift, lowerSource);
    }

    private SafeHarborVault vault(Surrogates sur) {
        return new SafeHarborVault(sur.exact, sur.words, sur.numbers, sur.dates, sur.shift(), scanner);
    }

    /**
     * Whether texts are written in mixed case: at least a third of their sentences start with a capital
     * letter. ACI-Bench-style lower-case transcripts are not.
     */
    static boolean isCased(List<String> texts) {
        int starts = 0;
        int caps = 0;
        for (String t : texts) {
            boolean start = true;
            int n = t.length();
            for (int i = 0; i < n && starts < 400; i++) {
                char c = t.charAt(i);
                if (c == '.' || c == '?' || c == '!' || c == '\n') {
                    start = true;
                } else if (start && Character.isLetter(c)) {
                    // only a sentence's first letter counts; the letters after it are skipped by the test above
                    starts++;
                    if (Character.isUpperCase(c)) {
                        caps++;
                    }
                    start = false;
                }
            }
        }
        return starts > 0 && caps * 3 >= starts;
    }

    /** Builds a {@link SafeHarborDeidentifier}. Not thread-safe. */
    public static final class Builder {
        private final List<PhiDetector> detectors = new ArrayList<>();
        private final java.util.Set<String> allow = new java.util.HashSet<>();
        private final Map<String, PhiCategory> deny = new HashMap<>();
        private Long seed;
        private Integer shiftDays;

        private Builder() {
        }

        /**
         * @param detector an extra detector, for example a named-entity model; its matches are added
         * @return this builder
         */
        public Builder addDetector(PhiDetector detector) {
            detectors.add(Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /**
         * @param terms words or phrases that are never PHI in this deployment (a clinic's own drug names, a
         *     staff title), case-insensitive
         * @return this builder
         */
        public Builder allow(String... terms) {
            for (String t : terms) {
                String s = Objects.requireNonNull(t, "term").strip().toLowerCase(Locale.ROOT);
                if (s.isEmpty()) {
                    throw new IllegalArgumentException("allow-list term is blank");
                }
                allow.add(s);
            }
            return this;
        }

        /**
         * @param term a word or phrase that is always PHI in this deployment (the clinic's name, a town),
         *     matched case-insensitively as whole words
         * @param category its kind
         * @return this builder
         */
        public Builder deny(String term, PhiCategory category) {
            String s = Objects.requireNonNull(term, "term").strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("deny-list term is blank");
            }
            deny.put(s, Objects.requireNonNull(category, "category"));
            return this;
        }

        /**
         * @param seed makes surrogates and the date shift reproducible (tests, benchmarks); by default each
         *     request draws a fresh random seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param days moves every date by exactly this many days (not zero); by default a random offset of 30
         *     to 335 days, forward or back, per request
         * @return this builder
         */
        public Builder dateShiftDays(int days) {
            if (days == 0) {
                throw new IllegalArgumentException("a date shift of 0 days leaves dates unchanged");
            }
            this.shiftDays = days;
            return this;
        }

        /** @return the de-identifier */
        public SafeHarborDeidentifier build() {
            return new SafeHarborDeidentifier(this);
        }
    }
}
