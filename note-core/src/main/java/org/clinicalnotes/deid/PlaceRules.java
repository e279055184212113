package org.clinicalnotes.deid;

import java.util.List;
import java.util.Set;

/**
 * Places and organisations named without a suffix or cue word, after a preposition of place: "at the uh
 * courage kenny in golden valley", "in um in wauwatosa", "I work at Webcor", "a room at the YWCA". The name
 * after "at", "in", "from" or "near" (and "to" after a verb of going) is taken when it is a US place name of
 * two words or more, or when it holds a word that no vocabulary explains (allow-list thinking, as for
 * names); in mixed-case text its words must be capitalised. Stateless.
 */
final class PlaceRules {

    private static final Set<String> PREPS = Words.set("at in from near outside");
    private static final Set<String> GO = Words.set("go goes going went gone moved move moving drive drove driving "
            + "referred refer referring transferred transfer sent send back come came walk walked over down up "
            + "get got take took bring brought admitted");
    private static final Set<String> STOP = Words.set("the a an my his her your our their this that these those it "
            + "on in at of for from to with and or but so because when while if then than as by about into over "
            + "is was are were be been being has have had do does did will would can could should may might "
            + "i you he she we they me him us them who what which where there here now today tomorrow yesterday "
            + "um uh er like just really very all some any every no not last next same other one ones");
    private static final Set<String> SKIP = Words.set("the um uh er a");

    private PlaceRules() {
    }

    static void afterPreposition(Lexicon lx, List<Tok> t, boolean cased, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i + 1 < n; i++) {
            String w = t.get(i).low;
            boolean prep = PREPS.contains(w) || w.equals("to") && i > 0 && GO.contains(t.get(i - 1).low);
            if (!prep) {
                continue;
            }
            int s = i + 1;
            while (s < n && SKIP.contains(t.get(s).low) && s - i < 4) {
                s++;
            }
            if (s >= n) {
                return;
            }
            if (Words.TITLES.contains(t.get(s).low) || Words.KIN.contains(t.get(s).low)
                    || Words.POSSESSIVES.contains(t.get(s).low)) {
                continue; // "referred to Dr. Zimmerman", "went to my sister's": a person, not a place
            }
            // a listed place of two or three words: "golden valley", "north branch", "daly city"
            boolean found = false;
            for (int len = Math.min(3, n - s); len >= 2 && !found; len--) {
                if (Tok.joinable(t, s, s + len) && lx.places.contains(join(t, s, s + len)) && capsOk(t, s, s + len, cased)) {
                    out.add(PhiMatch.of(t.get(s).start, t.get(s + len - 1).end, PhiCategory.LOCATION));
                    found = true;
                }
            }
            if (found) {
                continue;
            }
            int e = s;
            boolean unknown = false;
            while (e < n && e - s < 4) {
                Tok k = t.get(e);
                if (STOP.contains(k.low) && !(k.low.equals("and") && e > s && e + 1 < n
                        && !STOP.contains(t.get(e + 1).low))) {
                    break;
                }
                if (!k.alpha || cased && !(k.cap || k.upper) || k.sentenceStart && e > s) {
                    break;
                }
                if (e > s && t.get(e - 1).fullEnd < k.start - 2) {
                    break;
                }
                if (!lx.isVocabulary(k.low) && !lx.capitalised.contains(k.low) && !Words.medicalLooking(k.low)
                        && !Words.MONTH_NUMBER.containsKey(k.low) && !Words.WEEKDAYS.contains(k.low)
                        && !Words.STATES.contains(k.low) && !Words.STATE_FULL.contains(k.low)
                        && !Words.COUNTRIES.contains(k.low) && k.length() > 2
                        || cased && k.upper && k.length() >= 3 && k.length() <= 5 && !lx.keep.contains(k.low)
                        && !lx.clinical.contains(k.low) && !lx.english.contains(k.low)) {
                    unknown = true;
                }
                e++;
            }
            if (unknown && e > s) {
                out.add(PhiMatch.of(t.get(s).start, t.get(e - 1).end, PhiCategory.LOCATION));
            }
        }
    }

    private static boolean capsOk(List<Tok> t, int from, int to, boolean cased) {
        if (!cased) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!t.get(i).cap) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Tok> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(t.get(i).low);
        }
        return sb.toString();
    }
}
