package org.clinicalnotes.model.offline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags (Universal Dependencies tags: VERB, AUX, NOUN, PRON, ...) and lemmas from Apache
 * OpenNLP's English UD-EWT models (Apache-2.0, published as {@code opennlp-models-pos-en} and
 * {@code opennlp-models-lemmatizer-en}). The models are read once, on first use, from the class path; the
 * taggers themselves are not thread-safe, so each thread gets its own over the shared models. When the model
 * jars are missing, {@link #available()} is false and the offline model falls back to its word rules.
 */
final class Grammar {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final class Holder {
        static final Grammar INSTANCE = load();
    }

    private final POSModel posModel;
    private final LemmatizerModel lemmaModel;
    private final ThreadLocal<POSTaggerME> taggers;
    private final ThreadLocal<LemmatizerME> lemmatizers;

    private Grammar(POSModel posModel, LemmatizerModel lemmaModel) {
        this.posModel = posModel;
        this.lemmaModel = lemmaModel;
        this.taggers = posModel == null ? null : ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
        this.lemmatizers = lemmaModel == null ? null : ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));
    }

    /** The shared instance; loads the models on first call (about 0.3 s). */
    static Grammar get() {
        return Holder.INSTANCE;
    }

    private static Grammar load() {
        if (Boolean.getBoolean("clinicalnotes.offline.noTagger")) {
            return new Grammar(null, null);
        }
        try (InputStream pos = Grammar.class.getResourceAsStream(POS_MODEL);
             InputStream lemma = Grammar.class.getResourceAsStream(LEMMA_MODEL)) {
            if (pos == null || lemma == null) {
                return new Grammar(null, null);
            }
            return new Grammar(new POSModel(pos), new LemmatizerModel(lemma));
        } catch (IOException | RuntimeException e) {
            return new Grammar(null, null);
        }
    }

    /** Whether the tagger and lemmatiser are on the class path. */
    boolean available() {
        return posModel != null && lemmaModel != null;
    }

    /** How many token sequences a thread remembers the tags of ({@link #tag}). */
    private static final int TAG_CACHE_SIZE = 1024;

    /**
     * Per thread, the tags of recently tagged token sequences, least recently used dropped first: the tagger's
     * answer depends on the tokens alone, and windows such as "he has been" recur from statement to statement.
     */
    private final ThreadLocal<java.util.Map<java.util.List<String>, String[]>> tagCache = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(TAG_CACHE_SIZE * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<java.util.List<String>, String[]> eldest) {
                    return size() > TAG_CACHE_SIZE;
                }
            });

    /**
     * UD tags of the tokens; tokens must be lower-case words or punctuation. The array returned may be shared:
     * callers must not change it.
     */
    String[] tag(String[] tokens) {
        java.util.List<String> key = java.util.Arrays.asList(tokens.clone());
        java.util.Map<java.util.List<String>, String[]> cache = tagCache.get();
        String[] tags = cache.get(key);
        if (tags == null) {
            tags = taggers.get().tag(tokens);
            cache.put(key, tags);
        }
        return tags;
    }

    /** Lemmas of the tokens given their UD tags. */
    String[] lemmas(String[] tokens, String[] tags) {
        return lemmatizers.get().lemmatize(tokens, tags);
    }

    /** The most lemmas {@link #lemma} remembers; later ones are computed every time. */
    private static final int LEMMA_CACHE_SIZE = 4096;

    /**
     * Lemmas of single tokens, by token and tag: the lemmatiser's answer for a one-token sequence depends on
     * nothing else, and the verbs that need agreement are few and recur from note to note.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmaCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The lemma of one token given its UD tag; the same as {@code lemmas(new String[] {token}, ...)[0]}. */
    String lemma(String token, String tag) {
        String key = token + '\t' + tag;
        String cached = lemmaCache.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = lemmas(new String[] {token}, new String[] {tag})[0];
        if (lemma != null && lemmaCache.size() < LEMMA_CACHE_SIZE) {
            lemmaCache.put(key, lemma);
        }
        return lemma;
    }

    /** Whether a tag is a verb or an auxiliary. */
    static boolean isVerb(String tag) {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    /**
     * The third-person singular present of a verb in its base form ({@code lemma}), or the form unchanged when
     * it is not the base form (past tense, participle) or a modal.
     */
    static String thirdPersonOf(String form, String lemma) {
        String f = form.toLowerCase(Locale.ROOT);
        if (lemma == null || !f.equals(lemma) && !("am".equals(f) || "are".equals(f))) {
            return form;
        }
        return PersonRewriter.thirdPerson(f);
    }
}
