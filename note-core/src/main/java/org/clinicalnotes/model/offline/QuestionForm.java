package org.clinicalnotes.model.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A question recognised by its structure when it lacks a question mark: an auxiliary before its subject ("have
 * you noticed any swelling."), or a question word, an auxiliary and a subject ("how long have you had it."),
 * word classes from {@code question-forms.tsv}. The drafter treats such a sentence as a question only when
 * the next turn is another speaker's, so that it is never written as a statement. Thread-safe.
 */
final class QuestionForm {

    private static final Map<String, String> CLASSES = classes();
    private static final Pattern FORM = form();
    private static final java.util.Set<String> FRAGMENT_START =
            java.util.Set.of(CLASSES.get("fragment-start").split("\\|"));

    private QuestionForm() {
    }

    private static Map<String, String> classes() {
        Map<String, String> classes = new HashMap<>();
        try (InputStream in = QuestionForm.class.getResourceAsStream("question-forms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("question-forms.tsv missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    classes.put(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static Pattern form() {
        Map<String, String> classes = CLASSES;
        String aux = "(?:" + classes.get("auxiliary") + ")(?:n't| not)?";
        String subject = "(?:" + classes.get("subject") + ")";
        String wh = "(?:" + classes.get("question-word") + ")";
        return Pattern.compile("^(?:(?:and|so|okay|now|but|also),?\\s{1,3}){0,3}(?:" + aux + " " + subject
                + "|" + wh + "(?: [a-z]+){0,2}? " + aux + " " + subject + ")\\b");
    }

    /** Whether a cleaned, lower-case sentence without a question mark has a question's structure. */
    static boolean matches(String sentence) {
        return !sentence.endsWith("?") && FORM.matcher(sentence).find();
    }

    /**
     * Whether a short answer is a fragment without a verb ("all over my torso and arms"): it opens with a word
     * of the class {@code fragment-start} and the tagger finds no verb or auxiliary in it. False without the
     * tagger.
     */
    static boolean isVerblessFragment(String answer) {
        List<String> words = TextCleaner.words(answer);
        if (words.isEmpty() || words.size() > 12 || !FRAGMENT_START.contains(words.get(0))
                || answer.indexOf('\'') >= 0) {
            // a contraction ("i'm") holds a verb the tagger would not see as one token
            return false;
        }
        Grammar g = Grammar.get();
        if (!g.available()) {
            return false;
        }
        for (String tag : g.tag(words.toArray(String[]::new))) {
            if (Grammar.isVerb(tag)) {
                return false;
            }
        }
        return true;
    }
}
