package org.clinicalnotes.model.offline;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Utterance;

/**
 * The patient's pronoun, from how the clinician speaks of the patient; never guessed. In a conversation the
 * clinician addresses the patient as "you", so a "he" or "she" in the clinician's speech usually means someone
 * else (a manager, a spouse, a sister): it counts only in a sentence that speaks of the patient in the third
 * person (it names the patient's age, sex or title, or says "the patient", and addresses nobody), or anywhere in
 * a dictation. A title or a sex word ("Mr. Gupta", "58-year-old male") counts in any clinician sentence that is
 * not about a spouse. A companion's "he" or "she" counts weakly. The patient's "my wife" or "my husband" does not
 * count. With no evidence, or evidence both ways, the note says "the patient".
 */
final class PatientPronoun {

    private PatientPronoun() {
    }

    private static final KeywordPattern MALE = KeywordPattern.compile("\\b(male|man|gentleman|mr|guy|boy)\\b");
    private static final KeywordPattern FEMALE = KeywordPattern.compile("\\b(female|woman|lady|mrs|ms|girl)\\b");
    private static final KeywordPattern HE = KeywordPattern.compile("\\b(he|his|him|he's|himself)\\b");
    private static final KeywordPattern SHE = KeywordPattern.compile("\\b(she|her|she's|herself)\\b");
    /** A sentence that speaks of the patient in the third person. */
    private static final KeywordPattern ANCHOR = KeywordPattern.compile(
            "\\b(patient|male|female|man|woman|gentleman|lady|mr|mrs|ms|year[- ]old|years old|presents|presenting)\\b");
    private static final KeywordPattern SECOND_PERSON = KeywordPattern.compile(
            "\\b(you|your|you're|you've|yourself|you'll|you'd)\\b");
    private static final Pattern SENTENCE = Pattern.compile("[^.?!;]+");
    /** A word written in capitals in the transcript ("DEAR MAN"): an acronym, not a sex word. */
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{2,}\\b");

    static PersonRewriter.Pronoun infer(List<Utterance> utterances, String[] normalised) {
        return infer(utterances, normalised, false);
    }

    static PersonRewriter.Pronoun infer(List<Utterance> utterances, String[] normalised, boolean dictation) {
        int male = 0;
        int female = 0;
        for (int i = 0; i < normalised.length; i++) {
            Utterance u = utterances.get(i);
            if (u.role() == SpeakerRole.PATIENT) {
                continue;
            }
            String s = withoutAcronyms(u.text(), normalised[i]);
            Matcher m = SENTENCE.matcher(s);
            while (m.find()) {
                String sentence = m.group();
                KeywordPattern.Words words = KeywordPattern.words(sentence);
                boolean spouse = sentence.contains("husband") || sentence.contains("wife");
                if (u.role() != SpeakerRole.CLINICIAN) {
                    // a companion speaks of the patient to the clinician, and sometimes of others
                    if (!SECOND_PERSON.find(words)) {
                        male += HE.count(words);
                        female += SHE.count(words);
                    }
                    continue;
                }
                if (!spouse) {
                    male += 3 * MALE.count(words);
                    female += 3 * FEMALE.count(words);
                }
                if (dictation || !spouse && !SECOND_PERSON.find(words) && ANCHOR.find(words)) {
                    male += 2 * HE.count(words);
                    female += 2 * SHE.count(words);
                }
            }
        }
        if (male >= female + 1) {
            return PersonRewriter.Pronoun.HE;
        }
        if (female >= male + 1) {
            return PersonRewriter.Pronoun.SHE;
        }
        return PersonRewriter.Pronoun.NEUTRAL;
    }

    /** The normalised text without the words the transcript wrote in capitals. */
    private static String withoutAcronyms(String original, String normalised) {
        Matcher caps = CAPITALS.matcher(original);
        String out = normalised;
        while (caps.find()) {
            String w = caps.group().toLowerCase(Locale.ROOT);
            if (MALE.find(w) || FEMALE.find(w)) {
                out = out.replaceAll("\\b" + w + "\\b", " ");
            }
        }
        return out;
    }
}
