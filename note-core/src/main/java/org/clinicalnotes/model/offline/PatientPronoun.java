package org.clinicalnotes.model.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Utterance;

/** The patient's pronoun, from the clinician's words (and, weakly, "my wife" or "my husband"). */
final class PatientPronoun {

    private PatientPronoun() {
    }

    private static final KeywordPattern MALE = KeywordPattern.compile("\\b(male|man|gentleman|mr|guy|boy|husband)\\b");
    private static final KeywordPattern FEMALE = KeywordPattern.compile("\\b(female|woman|lady|mrs|ms|miss|girl|wife)\\b");
    private static final KeywordPattern HE = KeywordPattern.compile("\\b(he|his|him|he's|himself)\\b");
    private static final KeywordPattern SHE = KeywordPattern.compile("\\b(she|her|she's|herself)\\b");

    private static final Pattern MY_WIFE = Pattern.compile("\\bmy wife\\b");
    private static final Pattern MY_HUSBAND = Pattern.compile("\\bmy husband\\b");
    private static final Pattern SOMEONES_HUSBAND = Pattern.compile("\\b(my|your|her) husband\\b");
    private static final Pattern SOMEONES_WIFE = Pattern.compile("\\b(my|your|his) wife\\b");

    static PersonRewriter.Pronoun infer(List<Utterance> utterances, String[] normalised) {
        int male = 0;
        int female = 0;
        for (int i = 0; i < normalised.length; i++) {
            Utterance u = utterances.get(i);
            String s = normalised[i];
            if (u.role() == SpeakerRole.PATIENT) {
                // "my wife" suggests a male patient and vice versa; weak evidence
                male += s.contains("wife") ? count(MY_WIFE, s) : 0;
                female += s.contains("husband") ? count(MY_HUSBAND, s) : 0;
                continue;
            }
            male += 3 * MALE.count(s.contains("husband") ? SOMEONES_HUSBAND.matcher(s).replaceAll("") : s);
            female += 3 * FEMALE.count(s.contains("wife") ? SOMEONES_WIFE.matcher(s).replaceAll("") : s);
            KeywordPattern.Words words = KeywordPattern.words(s);
            male += HE.count(words);
            female += SHE.count(words);
        }
        if (male >= female + 1) {
            return PersonRewriter.Pronoun.HE;
        }
        if (female >= male + 1) {
            return PersonRewriter.Pronoun.SHE;
        }
        return PersonRewriter.Pronoun.NEUTRAL;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
