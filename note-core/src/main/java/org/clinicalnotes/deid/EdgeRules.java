package org.clinicalnotes.deid;

import java.util.List;

/**
 * The edges of what the other rules found: the capital letters before a code's digits, a name or place that
 * names an instrument instead ("the Columbia screen"), a nickname's size word and surnames of English words
 * after a given name. Run last by {@link PhiScanner}. Stateless and thread-safe.
 */
final class EdgeRules {

    private final Lexicon lx;

    EdgeRules(Lexicon lx) {
        this.lx = lx;
    }

    private static final java.util.Set<String> PREFIX_STOP = Words.list("EdgeRules.CODE_PREFIX_STOP");

    /**
     * The letters written in capitals before a code's digits belong to it ("SD 7781 44021", "HP 90417726",
     * "MA-MOLST 0091847", "LMFT 118204"): up to two such words, joined by one space or hyphen, unless the word
     * is the cue that names the code ("MRN 4821", "ID 5521") or a unit or vital sign.
     */
    static List<PhiMatch> codePrefixes(List<Tok> t, List<PhiMatch> out) {
        for (int m = 0; m < out.size(); m++) {
            PhiMatch p = out.get(m);
            if (!isCode(p.category())) {
                continue;
            }
            int i = 0;
            while (i < t.size() && t.get(i).start < p.start()) {
                i++;
            }
            if (i >= t.size() || t.get(i).start != p.start() || !t.get(i).hasDigit) {
                continue;
            }
            int s = i;
            while (s > 0 && i - s < 2 && prefix(t.get(s - 1), t.get(s))) {
                s--;
            }
            if (s < i) {
                out.set(m, PhiMatch.of(t.get(s).start, p.end(), p.category()));
            }
        }
        return out;
    }

    private static boolean isCode(PhiCategory c) {
        return switch (c) {
            case HEALTH_PLAN_NUMBER, OTHER_ID, LICENSE_NUMBER, SSN, MEDICAL_RECORD_NUMBER, ACCOUNT_NUMBER,
                 DEVICE_ID, VEHICLE_ID -> true;
            default -> false;
        };
    }

    private static boolean prefix(Tok k, Tok next) {
        if (!k.upper || k.length() > 6 || PREFIX_STOP.contains(k.low) || k.fullEnd != k.end
                || next.start != k.end + 1) {
            return false;
        }
        char sep = k.textAt(k.length());
        return sep == ' ' || sep == '-';
    }

    private static final java.util.Set<String> NICK_PREFIX = Words.list("EdgeRules.NICK_PREFIX");
    private static final java.util.Set<String> NICK_BEFORE = Words.list("EdgeRules.NICK_BEFORE");
    private static final java.util.Set<String> STOP = Words.list("PhiScanner.HANDLE_STOP");

    /**
     * The edges of a name: "Big Mike", "little tony" (a nickname's size word, not after a determiner: "a big
     * mike's cookout" stays a name, "a big" does not join), and in mixed-case text the capitalised words
     * right after a name, mid-sentence, that no list explains away ("Jaxon Two Bulls", "Summer Two Bulls"):
     * surnames made of English words.
     */
    void names(List<Tok> t, boolean cased, List<PhiMatch> out) {
        int found = out.size();
        for (int m = 0; m < found; m++) {
            PhiMatch p = out.get(m);
            if (p.category() != PhiCategory.NAME) {
                continue;
            }
            int f = 0;
            while (f < t.size() && t.get(f).end <= p.start()) {
                f++;
            }
            int l = f;
            while (l + 1 < t.size() && t.get(l + 1).end <= p.end()) {
                l++;
            }
            if (f >= t.size()) {
                continue;
            }
            int start = p.start();
            int end = p.end();
            if (f > 0 && NICK_PREFIX.contains(t.get(f - 1).low) && (cased ? t.get(f - 1).cap
                    : lx.firstNames.contains(t.get(f).low))
                    && Tok.gap(t.get(f - 1), t.get(f)) == 1 && !(f > 1 && NICK_BEFORE.contains(t.get(f - 2).low))) {
                start = t.get(f - 1).start;
            }
            int e = l;
            while (cased && e + 1 < t.size() && e - l < 2 && surnameWord(t.get(e), t.get(e + 1))) {
                e++;
            }
            end = t.get(e).end;
            if (start != p.start() || end != p.end()) {
                out.add(PhiMatch.of(start, end, PhiCategory.NAME));
            }
        }
    }

    private boolean surnameWord(Tok before, Tok k) {
        return k.cap && k.alpha && !k.upper && !k.sentenceStart && before.fullEnd == before.end
                && Tok.gap(before, k) == 1 && before.textAt(before.length()) == ' '
                && !Words.TITLES.contains(k.low) && !Words.isCalendarWord(k.low) && !lx.keep.contains(k.low)
                && !Words.STATES.contains(k.low) && !Words.STATE_FULL.contains(k.low) && !Words.COUNTRIES.contains(k.low)
                && !Words.KIN.contains(k.low) && !STOP.contains(k.low) && !lx.clinical.contains(k.low);
    }

    private static final java.util.Set<String> INSTRUMENT_NOUNS = Words.list("EdgeRules.INSTRUMENT_NOUNS");

    /**
     * A name or place of one or two words right before a noun of an instrument, test or procedure names the
     * instrument, not a person or a place ("the Columbia screen", "the Vanderbilt forms", "the Gottman
     * handout", "a Beck inventory"): an allow-list by slot, so that "Mr. Beck" and "Columbia, Missouri" stay PHI.
     */
    static void instruments(List<Tok> t, List<PhiMatch> out) {
        out.removeIf(p -> {
            if (p.category() != PhiCategory.NAME && p.category() != PhiCategory.LOCATION) {
                return false;
            }
            int first = -1;
            int after = -1;
            for (int i = 0; i < t.size(); i++) {
                if (first < 0 && t.get(i).start >= p.start()) {
                    first = i;
                }
                if (t.get(i).start >= p.end()) {
                    after = i;
                    break;
                }
            }
            return first >= 0 && after > first && after - first <= 2 && t.get(first).fullEnd >= t.get(first).end
                    && !Words.TITLES.contains(t.get(first).low) && INSTRUMENT_NOUNS.contains(t.get(after).low)
                    && t.get(after - 1).fullEnd == t.get(after - 1).end && Tok.gap(t.get(after - 1), t.get(after)) == 1;
        });
    }
}
