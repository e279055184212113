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

    private static final Set<String> PREPS = Words.list("PlaceRules.PREPS");
    private static final Set<String> GO = Words.list("PlaceRules.GO");
    private static final Set<String> STOP = Words.list("PlaceRules.STOP");
    private static final Set<String> SKIP = Words.list("PlaceRules.SKIP");
    /** Countries and states of two words, joined by "_" ("united_states"): Safe Harbor keeps them. */
    private static final Set<String> COUNTRY_PHRASES = Words.list("PlaceRules.COUNTRY_PHRASES");

    private final Lexicon lx;

    PlaceRules(Lexicon lx) {
        this.lx = lx;
    }

    void afterPreposition(List<Tok> t, boolean cased, List<PhiMatch> out) {
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
                String joined = Tok.joinable(t, s, s + len) ? joinWords(t, s, s + len) : null;
                if (joined != null && (lx.places.contains(joined) || lx.world.contains(joined) && !allEnglish(t, s, s + len))
                        && capsOk(t, s, s + len, cased)) {
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
                if (!lx.vocab(k) && !lx.capitalised.contains(k.low) && !(Words.medicalLooking(k.low) && !k.low.endsWith("side"))
                        && !Words.MONTH_NUMBER.containsKey(k.low) && !Words.WEEKDAYS.contains(k.low)
                        && !Words.STATES.contains(k.low) && !Words.STATE_FULL.contains(k.low)
                        && !Words.COUNTRIES.contains(k.low) && k.length() > 2
                        || cased && k.upper && k.length() >= 3 && k.length() <= 5 && !lx.keep.contains(k.low)
                        && !lx.clinical.contains(k.low) && !lx.english.contains(k.low)
                        || worldOrUsPlace(k, cased)) {
                    unknown = true;
                }
                e++;
            }
            if (unknown && e > s || cased && e - s >= 2 && properPhrase(t, s, e)) {
                out.add(PhiMatch.of(t.get(s).start, t.get(e - 1).end, PhiCategory.LOCATION));
            }
        }
    }

    /**
     * In mixed-case text, two or more capitalised words after a place preposition, none opening a sentence, are a
     * proper name even when each is an English word ("at Harbor Family Medicine", "in Old Orchard", "to Seacoast
     * Rehab"), unless every word is a word written with a capital anyway, a calendar word, a state or a country.
     */
    private boolean properPhrase(List<Tok> t, int s, int e) {
        boolean named = false;
        for (int i = s; i < e; i++) {
            Tok k = t.get(i);
            if (k.sentenceStart || !k.cap && !k.low.equals("and") || Words.isCalendarWord(k.low) || Holidays.isWord(k.low)
                    || Words.STATE_FULL.contains(k.low) || Words.COUNTRIES.contains(k.low) || Words.TITLES.contains(k.low)) {
                return false;
            }
            named |= k.cap && !lx.capitalised.contains(k.low) && !lx.keep.contains(k.low) && !lx.clinical.contains(k.low)
                    && !Words.STATES.contains(k.low);
        }
        String joined = joinWords(t, s, e);
        return named && !Words.STATE_FULL.contains(joined) && !Words.COUNTRIES.contains(joined)
                && !(e - s >= 2 && COUNTRY_PHRASES.contains(t.get(s).low + "_" + t.get(s + 1).low));
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

    /**
     * A town the English lists do not explain, after a place preposition: a US place ("Shadyside") or a town
     * elsewhere ("Arequipa", "Kumasi") that the capitalised-word list or a suffix rule would otherwise keep.
     */
    private boolean worldOrUsPlace(Tok k, boolean cased) {
        return k.length() > 3 && (!cased || k.cap) && !lx.english.contains(k.low) && !lx.keep.contains(k.low)
                && !lx.clinical.contains(k.low) && !lx.isCommon(k.low) && !Words.COUNTRIES.contains(k.low)
                && !Words.STATE_FULL.contains(k.low) && !Words.STATES.contains(k.low)
                && !Words.isCalendarWord(k.low) && (lx.places.contains(k.low) || lx.world.contains(k.low));
    }

    private boolean allEnglish(List<Tok> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lx.english.contains(t.get(i).low)) {
                return false;
            }
        }
        return true;
    }

    private static String joinWords(List<Tok> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(t.get(i).low);
        }
        return sb.toString();
    }

    void places(String text, List<Tok> t, int i, boolean cased, List<PhiMatch> out) {
        Tok k = t.get(i);
        String w = k.low;
        int n = t.size();
        // cities from the dictionary, longest first
        Integer len = lx.cityFirstWords.get(w);
        if (len != null && (!cased || k.cap)) {
            for (int l = Math.min(len, n - i); l >= 1; l--) {
                String cand = l == 1 ? w : join(t, i, i + l);
                if (lx.cities.contains(cand)) {
                    boolean ambiguous = l == 1 && (lx.isCommon(w) || lx.isAnyName(w));
                    int after = i + l;
                    boolean stateNext = after < n && (Words.STATE_FULL.contains(t.get(after).low)
                            || t.get(after).upper && Words.STATES.contains(t.get(after).low))
                            && text.charAt(t.get(i + l - 1).fullEnd) == ',';
                    if (!ambiguous || (placeCue(t, i) || stateNext) && (!cased || k.cap)) {
                        out.add(PhiMatch.of(k.start, t.get(i + l - 1).end, PhiCategory.LOCATION));
                    }
                    break;
                }
            }
        }
        // street address: number, up to 3 words, suffix, unit
        if (Words.STREET_SUFFIX.contains(w) && i > 0) {
            street(text, t, i, cased, out);
        }
        if (Words.UNIT_WORDS.contains(w) && i + 1 < n && t.get(i + 1).hasDigit && (w.length() > 3 || w.equals("apt")
                || w.equals("ste") || w.equals("unit"))) {
            if (!w.equals("room") && !w.equals("floor") && !w.equals("fl")) {
                out.add(PhiMatch.of(t.get(i + 1).start, t.get(i + 1).end, PhiCategory.LOCATION));
            }
        } else if ((w.equals("apartment") || w.equals("apt") || w.equals("unit") || w.equals("suite"))
                && i + 1 < n && Spelled.isNumberWord(t.get(i + 1).low)) {
            // "apartment one fourteen", "unit four c"
            int e = i + 1;
            while (e + 1 < n && e - i < 4 && (Spelled.isNumberWord(t.get(e + 1).low)
                    || t.get(e + 1).length() == 1 && t.get(e + 1).alpha && !t.get(e + 1).low.equals("i")
                    && !t.get(e + 1).low.equals("a"))) {
                e++;
            }
            out.add(PhiMatch.of(t.get(i + 1).start, t.get(e).end, PhiCategory.LOCATION));
        }
        // a ZIP code said digit by digit after a town or state: "milwaukee five three two oh two"
        if (Spelled.DIGIT.containsKey(w) && i + 4 < n && (i == 0 || !Spelled.DIGIT.containsKey(t.get(i - 1).low))) {
            boolean five = true;
            for (int d = i; d < i + 5 && five; d++) {
                five = Spelled.DIGIT.containsKey(t.get(d).low);
            }
            boolean sixth = i + 5 < n && Spelled.DIGIT.containsKey(t.get(i + 5).low);
            if (five && !sixth && i > 0 && (lx.places.contains(t.get(i - 1).low) || Words.STATES.contains(t.get(i - 1).low)
                    || Words.STATE_FULL.contains(t.get(i - 1).low) || t.get(i - 1).low.equals("zip")
                    || t.get(i - 1).low.equals("code"))) {
                out.add(PhiMatch.of(k.start, t.get(i + 4).end, PhiCategory.LOCATION));
            }
        }
        if ((w.equals("box") && i > 0 && (t.get(i - 1).low.equals("po") || t.get(i - 1).low.equals("o")))
                && i + 1 < n && t.get(i + 1).hasDigit) {
            int s = t.get(i - 1).low.equals("o") && i > 1 ? t.get(i - 2).start : t.get(i - 1).start;
            out.add(PhiMatch.of(s, t.get(i + 1).end, PhiCategory.LOCATION));
        }
        // organisations: "Kenosha Memorial Hospital", "st. luke's clinic"
        if (Words.ORG_SUFFIX.contains(w) && i > 0) {
            org(text, t, i, cased, out);
        }
        // "St. Vincent's", "Mt. Sinai"
        if (cased && k.cap && (w.equals("st") || w.equals("mt") || w.equals("saint") || w.equals("mount"))
                && i + 1 < n && t.get(i + 1).cap && t.get(i + 1).alpha && !(i > 0 && t.get(i - 1).cap
                && t.get(i - 1).alpha && !t.get(i - 1).sentenceStart && w.equals("st"))) {
            int e = i + 1;
            while (e + 1 < n && t.get(e + 1).cap && t.get(e + 1).alpha && joinableWords(text, t.get(e), t.get(e + 1))
                    && e - i < 3) {
                e++;
            }
            out.add(PhiMatch.of(k.start, t.get(e).fullEnd, PhiCategory.LOCATION));
        }
        // "works at X", "lives in X"
        if ((Words.PLACE_PREPS.contains(w) || w.equals("at") || w.equals("for") || w.equals("by"))
                && i + 1 < n && i > 0) {
            cuePlace(text, t, i, cased, out);
        }
    }

    private boolean placeCue(List<Tok> t, int i) {
        String prev = i > 0 ? t.get(i - 1).low : "";
        return Words.PLACE_PREPS.contains(prev) || prev.equals("at") || prev.equals("of");
    }

    private static String join(List<Tok> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(t.get(i).low);
            if (t.get(i).low.equals("st") && i + 1 < to) {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    private void street(String text, List<Tok> t, int i, boolean cased, List<PhiMatch> out) {
        Tok suffix = t.get(i);
        if ((suffix.low.equals("dr") || suffix.low.equals("st")) && i + 1 < t.size() && t.get(i + 1).cap
                && t.get(i + 1).start - suffix.fullEnd <= 2) {
            return;
        }
        boolean weak = Words.WEAK_STREET_SUFFIX.contains(suffix.low);
        int j = i - 1;
        int words = 0;
        while (j >= 0 && words < 3) {
            Tok w = t.get(j);
            if (w.hasDigit || Spelled.isNumberWord(w.low) && words > 0) {
                break;
            }
            if (!w.alpha || Words.POSSESSIVES.contains(w.low) || w.low.equals("a") || w.low.equals("an")
                    || w.low.equals("and") || w.low.equals("of") || w.low.equals("to") || w.low.equals("on")
                    || w.low.equals("down") || w.low.equals("up") || w.low.equals("per") || w.low.equals("at")
                    || w.low.equals("in")) {
                break;
            }
            if (!joinableWords(text, w, j + 1 < t.size() ? t.get(j + 1) : suffix)) {
                break;
            }
            words++;
            j--;
        }
        // ordinal street names: "5th avenue"
        boolean number = false;
        int start;
        if (j >= 0 && t.get(j).hasDigit && t.get(j).length() <= 6 && joinableWords(text, t.get(j), t.get(j + 1))) {
            number = true;
            start = t.get(j).start;
        } else if (j >= 0 && Spelled.isNumberWord(t.get(j).low) && words > 0) {
            int s = j;
            while (s > 0 && Spelled.isNumberWord(t.get(s - 1).low)) {
                s--;
            }
            number = true;
            start = t.get(s).start;
        } else {
            start = -1;
        }
        if (words == 0) {
            if (!(i > 0 && t.get(i - 1).hasDigit && DateRules.isDayNumber(t.get(i - 1)) && !t.get(i - 1).digits)) {
                return;
            }
            words = 0;
        }
        int firstWord = i - words;
        if (!number) {
            // without a number: the street name must look like a name
            if (weak && !(cased && suffix.cap) && !NumberRules.addressCue(t, i - words, 8)) {
                return;
            }
            int k = i - 1;
            int keep = 0;
            while (k >= firstWord) {
                Tok w = t.get(k);
                boolean ok = cased ? w.cap && !w.sentenceStart || w.cap && !lx.common(w)
                        : !lx.common(w) || lx.isAnyName(w.low) || Spelled.ORDINALS.containsKey(w.low);
                if (!ok) {
                    break;
                }
                keep++;
                k--;
            }
            if (keep == 0) {
                return;
            }
            start = t.get(i - keep).start;
        }
        int end = suffix.end;
        int after = i + 1;
        if (after < t.size() && (t.get(after).low.equals("north") || t.get(after).low.equals("south")
                || t.get(after).low.equals("east") || t.get(after).low.equals("west")
                || t.get(after).low.equals("nw") || t.get(after).low.equals("ne") || t.get(after).low.equals("sw")
                || t.get(after).low.equals("se")) && cased && t.get(after).cap) {
            end = t.get(after).end;
        }
        out.add(PhiMatch.of(start, end, PhiCategory.LOCATION));
    }

    private static boolean joinableWords(String text, Tok a, Tok b) {
        for (int i = a.fullEnd; i < b.start; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '.' && c != '-') {
                return false;
            }
        }
        return b.start - a.fullEnd <= 2;
    }

    private static final Set<String> ORG_STOP = Words.list("PlaceRules.ORG_STOP");

    private void org(String text, List<Tok> t, int i, boolean cased, List<PhiMatch> out) {
        int end = t.get(i).end;
        // "Medical Center", "Health System": swallow a second suffix word
        if (i + 1 < t.size() && Words.ORG_SUFFIX.contains(t.get(i + 1).low) && joinableWords(text, t.get(i),
                t.get(i + 1)) && (!cased || t.get(i + 1).cap)) {
            end = t.get(i + 1).end;
        }
        if (cased && !t.get(i).cap) {
            return;
        }
        int leftmost = -1;
        int j = i - 1;
        int count = 0;
        while (j >= 0 && count < 4) {
            Tok w = t.get(j);
            if (!joinableWords(text, w, t.get(j + 1)) && !(w.fullEnd != w.end && t.get(j + 1).start - w.fullEnd <= 1)) {
                break;
            }
            if (!w.alpha && !w.hasDigit) {
                break;
            }
            boolean inner = w.low.equals("st") || w.low.equals("saint") || w.low.equals("mount")
                    || w.low.equals("mt");
            boolean dist;
            if (cased) {
                if ((w.low.equals("and") || w.low.equals("of")) && j > 0 && t.get(j - 1).cap && count > 0) {
                    count++;
                    j--;
                    continue;
                }
                if (!(w.cap || w.upper) || Words.POSSESSIVES.contains(w.low)) {
                    break;
                }
                dist = !(w.sentenceStart && lx.common(w)) && !Words.ORG_SUFFIX.contains(w.low)
                        && !Words.STATE_FULL.contains(w.low) || inner;
            } else {
                if (ORG_STOP.contains(w.low) || Words.KIN.contains(w.low)) {
                    break;
                }
                dist = (!lx.common(w) && w.alpha && !Words.medicalLooking(w.low)) || lx.strong(w)
                        || lx.cities.contains(w.low) || inner;
            }
            if (dist) {
                leftmost = j;
            }
            count++;
            j--;
        }
        if (leftmost < 0) {
            return;
        }
        out.add(PhiMatch.of(t.get(leftmost).start, end, PhiCategory.LOCATION));
    }

    private static final Set<String> CARE_VERBS = Words.list("PlaceRules.CARE_VERBS");
    private static final Set<String> MEDICAL_ACRONYMS = Words.list("PlaceRules.MEDICAL_ACRONYMS");
    private static final Set<String> PLACE_TAIL = Words.list("PlaceRules.PLACE_TAIL");

    private void cuePlace(String text, List<Tok> t, int i, boolean cased, List<PhiMatch> out) {
        String w = t.get(i).low;
        boolean work = false;
        boolean place = false;
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String p = t.get(j).low;
            if (Words.WORK_CUES.contains(p) && (w.equals("at") || w.equals("for") || w.equals("by")
                    || w.equals("in"))) {
                work = true;
            }
            if (Words.PLACE_VERBS.contains(p) && Words.PLACE_PREPS.contains(w)) {
                place = true;
            }
        }
        boolean care = cased && (w.equals("at") || w.equals("to")) && CARE_VERBS.contains(t.get(i - 1).low);
        if (!work && !place) {
            if (!(cased && (Words.PLACE_PREPS.contains(w) || w.equals("at")) && !w.equals("to")) && !care) {
                return;
            }
        }
        int j = i + 1;
        if (j < t.size() && t.get(j).low.equals("the") && work) {
            j++;
        }
        if (j < t.size() && (t.get(j).low.equals("from") || t.get(j).low.equals("in")) && place) {
            j++;
        }
        int s = j;
        int count = 0;
        while (j < t.size() && count < 4) {
            Tok k = t.get(j);
            if (j > s && !joinableWords(text, t.get(j - 1), k)) {
                break;
            }
            if (Words.STATES.contains(k.low) && (Words.STATE_FULL.contains(k.low) || k.upper)
                    || Words.COUNTRIES.contains(k.low) || Words.MONTH_NUMBER.containsKey(k.low)
                    || Words.WEEKDAYS.contains(k.low) || Words.TITLES.contains(k.low)) {
                break;
            }
            if (work && count > 0 && k.low.equals("and") && j + 1 < t.size()
                    && (cased ? t.get(j + 1).cap : !lx.common(t.get(j + 1)))) {
                count++;
                j++;
                continue;
            }
            boolean ok;
            if (cased) {
                ok = (k.cap || k.upper) && (!k.sentenceStart) && (!lx.common(k) || count > 0
                        || lx.isAnyName(k.low)) && !Words.medicalLooking(k.low) && !lx.keep.contains(k.low)
                        && !lx.clinical.contains(k.low) && !lx.capitalised.contains(k.low) || count > 0 && k.hasDigit;
                if (!work && !place && (lx.common(k) || k.upper)) {
                    ok = false;
                }
                if (care && k.upper && k.alpha && k.length() >= 3 && k.length() <= 6 && !k.sentenceStart
                        && !MEDICAL_ACRONYMS.contains(k.low)) {
                    ok = true;
                }
            } else {
                // allow-list: after "went to", an English word ("church", "rehab") is a place only when listed;
                // after "works at", employers are often English words ("harbor freight")
                ok = k.alpha && !lx.common(k) && !Words.medicalLooking(k.low) && k.length() > 2
                        && (work || !lx.vocab(k) || lx.places.contains(k.low) || lx.isAnyName(k.low) && count > 0)
                        && (work || place) && !Spelled.isNumberWord(k.low)
                        || count > 0 && (PLACE_TAIL.contains(k.low) || work && k.alpha && !ORG_STOP.contains(k.low)
                        && !Words.KIN.contains(k.low) && count < 2);
            }
            if (!ok) {
                break;
            }
            count++;
            j++;
        }
        if (count > 0) {
            out.add(PhiMatch.of(t.get(s).start, t.get(s + count - 1).end, PhiCategory.LOCATION));
        }
    }

}
