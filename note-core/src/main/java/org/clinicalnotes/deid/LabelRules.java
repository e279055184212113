package org.clinicalnotes.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicalnotes.transcript.internal.SpeakerRoles;

/**
 * The person names in a speaker label ("Dr. Amara Okafor", "Dev P", "Art de la Cruz"): every word that is no role
 * word, title or kin word and that a name list holds or no vocabulary explains, then an initial after a name and
 * the particles between two names. Names in labels are known names. Stateless.
 */
final class LabelRules {

    private static final Set<String> LABEL_WORDS = Words.list("SafeHarborDeidentifier.LABEL_WORDS");

    private LabelRules() {
    }

    /** Names in a speaker label: words that are neither roles nor ordinary words ("Dr. Lee" → "Lee"). */
    static List<PhiMatch> matches(String label, Lexicon lx, Set<String> allow) {
        List<PhiMatch> out = new ArrayList<>();
        if (SpeakerRoles.roleOf(label) != org.clinicalnotes.transcript.SpeakerRole.OTHER
                && !label.contains(" ") && !label.contains(".")) {
            return out;
        }
        List<Tok> words = Tok.split(label);
        boolean[] name = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Tok t = words.get(i);
            if (t.alpha && t.length() > 1 && !LABEL_WORDS.contains(t.low) && !Words.TITLES.contains(t.low)
                    && !Words.KIN.contains(t.low) && (!lx.isVocabulary(t.low) || lx.firstNames.contains(t.low)
                    || lx.lastNames.contains(t.low) || lx.nameWords.contains(t.low)) && !allow.contains(t.low)) {
                out.add(PhiMatch.of(t.start, t.end, PhiCategory.NAME));
                name[i] = true;
            }
        }
        // after a name in a label, an initial and the particles of a surname are the name too: "Dev P",
        // "Art de la Cruz" (the particles only when a name follows them)
        for (int i = 1; i < words.size(); i++) {
            Tok t = words.get(i);
            if (!name[i] && name[i - 1] && t.alpha && t.length() == 1) {
                out.add(PhiMatch.of(t.start, t.end, PhiCategory.NAME));
                name[i] = true;
            }
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            int j = i;
            while (j < words.size() && !name[j] && Words.PARTICLES.contains(words.get(j).low)) {
                j++;
            }
            if (j > i && j < words.size() && name[i - 1] && name[j]) {
                out.add(PhiMatch.of(words.get(i).start, words.get(j - 1).end, PhiCategory.NAME));
            }
        }
        return PhiScanner.merge(out);
    }
}
