package org.clinicalnotes.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicalnotes.internal.Tsv;

/**
 * Identifiers without clues, typed by the question before them: "What's your zip?" / "Oh two one three
 * nine." The question's last sentence is matched against {@code questions.tsv}; the first sentence of the
 * next speaker's answer is then read for the kind of value asked for (a person's name, a place, a number or
 * code said in digits, words or letters, a date). Also finds codes spelled character by character anywhere
 * ("k as in kilo, seven, two, nine") and spoken e-mail addresses ("jdoe at gmail dot com"). Stateless.
 */
final class AnswerRules {

    /** What a question asks for. */
    record Asked(PhiCategory category, String kind) {
    }

    /** What a turn that states a street address asks for without a question: its ZIP code ("yes, 33137"). */
    static final Asked ZIP_AFTER_ADDRESS = new Asked(PhiCategory.LOCATION, "zip");

    /**
     * Whether a turn states a street address (a place found with a house number, written or spoken) or names
     * a ZIP code, so that five digits said alone in the next turn are its ZIP code.
     */
    static boolean statesAddress(String text, List<PhiMatch> found) {
        for (PhiMatch m : found) {
            if (m.category() == PhiCategory.LOCATION && digitCount(text.substring(m.start(), m.end())) >= 2) {
                return true;
            }
        }
        return text.toLowerCase(java.util.Locale.ROOT).contains("zip");
    }

    /** Digits of a code, written or said: "7H4", "four oh two", "double five". */
    static int digitCount(String s) {
        int n = 0;
        for (Tok k : Tok.split(s)) {
            if (k.hasDigit) {
                for (int i = 0; i < k.low.length(); i++) {
                    n += Character.isDigit(k.low.charAt(i)) ? 1 : 0;
                }
            } else if (Spelled.DIGIT.containsKey(k.low)) {
                n++;
            } else if (Spelled.TENS.containsKey(k.low) || Spelled.UNITS.containsKey(k.low) || k.low.equals("double")) {
                n += 2;
            } else if (k.low.equals("triple")) {
                n += 3;
            }
        }
        return n;
    }

    private record Row(String[] words, PhiCategory category, String kind) {
    }

    private static final Set<String> NATO = Words.list("AnswerRules.NATO");
    private static final Set<String> CODE_GLUE = Words.list("AnswerRules.CODE_GLUE");
    private static final Set<String> FILLER = Words.list("AnswerRules.FILLER");
    /** Hesitations that do not end a number said digit by digit. */
    static final Set<String> PAUSE = Words.list("AnswerRules.PAUSE");
    private static final Set<String> TLD = Words.list("AnswerRules.TLD");
    private static final Set<String> PHOTO_PREFIX = Words.list("AnswerRules.PHOTO_PREFIX");

    private static final String[] NATO_WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
        "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra",
        "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"};

    /** Whether w opens a camera's file name ("img", "dsc"): it identifies nobody and stays in a surrogate. */
    static boolean isPhotoPrefix(String w) {
        return PHOTO_PREFIX.contains(w);
    }

    static boolean isNato(String w) {
        return NATO.contains(w);
    }

    /** Another NATO word than w. */
    static String otherNato(String w, java.util.Random random) {
        String r;
        do {
            r = NATO_WORDS[random.nextInt(NATO_WORDS.length)];
        } while (r.equals(w));
        return r;
    }

    /** The rows of {@code questions.tsv}, read once per JVM (a de-identifier is cheap to build per request). */
    private static final List<Row> ROWS;
    /** Row numbers by their first word. */
    private static final java.util.Map<String, List<Integer>> BY_FIRST;

    static {
        List<Row> rows = new ArrayList<>();
        java.util.Map<String, List<Integer>> byFirst = new java.util.HashMap<>();
        for (String[] r : Tsv.rows(AnswerRules.class, "questions.tsv", 3)) {
            rows.add(new Row(r[0].split(" "), PhiCategory.valueOf(r[1]), r[2]));
            if (r[0].indexOf('*') >= 0) {
                throw new IllegalStateException("questions.tsv: a row may not start with a prefix word");
            }
            byFirst.computeIfAbsent(r[0].split(" ")[0], k -> new ArrayList<>()).add(rows.size() - 1);
        }
        ROWS = List.copyOf(rows);
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        BY_FIRST = java.util.Map.copyOf(byFirst);
    }

    private final Lexicon lx;

    AnswerRules(Lexicon lx) {
        this.lx = lx;
    }

    /**
     * @param question the previous turn's text
     * @return what its last question asks for, or null
     */
    Asked asked(String question) {
        return asked(question, Tok.split(question));
    }

    /** As {@link #asked(String)}, over the question's words already cut. */
    Asked asked(String question, List<Tok> words) {
        int q = question.lastIndexOf('?');
        int from;
        int to;
        if (q >= 0) {
            from = Math.max(Math.max(question.lastIndexOf('.', q - 1), question.lastIndexOf('!', q - 1)),
                    question.lastIndexOf('?', q - 1)) + 1;
            to = q;
        } else {
            from = Math.max(0, question.length() - 120);
            to = question.length();
            String low = question.substring(from).toLowerCase(java.util.Locale.ROOT);
            if (!(low.contains("what") || low.contains("which") || low.contains("where") || low.contains("can i")
                    || low.contains("could you") || low.contains("and your") || low.contains("spell")
                    || low.contains("who") || low.contains("i need") || low.contains("give me")
                    || low.contains("tell me") || low.contains("read me") || words.size() <= 10)) {
                return null;
            }
        }
        int a = 0;
        while (a < words.size() && words.get(a).start < from) {
            a++;
        }
        int b = a;
        while (b < words.size() && words.get(b).end <= to) {
            b++;
        }
        List<Tok> t = words.subList(a, b);
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            List<Integer> candidates = BY_FIRST.get(t.get(i).low);
            if (candidates == null) {
                continue;
            }
            for (int r : candidates) {
                if (r < best && startsAt(t, i, ROWS.get(r).words())) {
                    best = r;
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : new Asked(ROWS.get(best).category(), ROWS.get(best).kind());
    }

    private static boolean startsAt(List<Tok> t, int i, String[] phrase) {
        if (i + phrase.length > t.size()) {
            return false;
        }
        for (int j = 0; j < phrase.length; j++) {
            String p = phrase[j];
            String w = t.get(i + j).low;
            if (!(p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(List<Tok> t, String[] phrase) {
        for (int i = 0; i + phrase.length <= t.size(); i++) {
            boolean all = true;
            for (int j = 0; j < phrase.length && all; j++) {
                String p = phrase[j];
                String w = t.get(i + j).low;
                all = p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the value a question asked for in the first sentence of its answer.
     *
     * @param text the answer
     * @param asked what was asked
     * @param cased whether the document is mixed-case
     * @return the matches
     */
    List<PhiMatch> answer(String text, Asked asked, boolean cased) {
        return answer(text, Tok.split(text), asked, cased);
    }

    /** As {@link #answer(String, Asked, boolean)}, over the answer's words already cut. */
    List<PhiMatch> answer(String text, List<Tok> all, Asked asked, boolean cased) {
        List<PhiMatch> out = new ArrayList<>();
        int n = 0;
        while (n < all.size() && n < 25 && !(n > 0 && all.get(n).sentenceStart && n > 3)) {
            n++;
        }
        List<Tok> t = all.subList(0, n);
        switch (asked.kind()) {
            case "number" -> {
                codes(text, t, asked.category(), 2, out);
                spokenEmail(t, out);
            }
            case "zip" -> {
                codes(text, t, asked.category(), 2, out);
                out.removeIf(m -> digitCount(text.substring(m.start(), m.end())) != 5);
            }
            case "date" -> {
                for (int i = 0; i < t.size(); i++) {
                    Tok k = t.get(i);
                    String[] rest = Tok.lows(t, i, Math.min(t.size(), i + 5));
                    int[] year = i > 0 ? Spelled.year(rest, 0, rest.length) : null;
                    if (year != null) {
                        i += year[1] - 1; // a year alone is no PHI: "march eleventh um nineteen forty"
                        continue;
                    }
                    if (Words.MONTH_NUMBER.containsKey(k.low) || Spelled.ORDINALS.containsKey(k.low)
                            || k.hasDigit && k.length() <= 4 && !(k.digits && k.length() == 4)
                            || Spelled.UNITS.containsKey(k.low) || Spelled.TENS.containsKey(k.low)) {
                        out.add(PhiMatch.of(k.start, k.end, PhiCategory.DATE));
                    }
                }
            }
            case "age" -> {
                for (int i = 0; i < Math.min(t.size(), 4); i++) {
                    int[] num = AgeRules.number(t, i);
                    if (num != null) {
                        out.add(PhiMatch.of(t.get(i).start, t.get(i + num[1] - 1).end, PhiCategory.DATE));
                        break;
                    }
                }
            }
            case "name" -> {
                for (Tok k : t) {
                    if (k.alpha && !FILLER.contains(k.low) && !Words.KIN.contains(k.low)
                            && (cased ? k.cap : !lx.vocab(k) || lx.isAnyName(k.low) || k.length() == 1)
                            && !Words.TITLES.contains(k.low)) {
                        out.add(PhiMatch.of(k.start, k.end, PhiCategory.NAME));
                    }
                }
            }
            default -> {
                for (int i = 0; i < t.size(); i++) {
                    Tok k = t.get(i);
                    boolean content = (k.alpha || k.hasDigit) && !FILLER.contains(k.low)
                            && !Words.STATES.contains(k.low) && !Words.STATE_FULL.contains(k.low)
                            && !Words.COUNTRIES.contains(k.low) && !Words.KIN.contains(k.low);
                    // a later sentence of the answer opens with a capital that names nothing ("Millbrook. Since March.")
                    boolean named = cased ? k.cap && !(k.sentenceStart && k != t.get(0) && lx.vocab(k) && !beforeDigits(t, k))
                            && !Words.isCalendarWord(k.low) || k.hasDigit
                            : !lx.vocab(k) || k.hasDigit
                            || (lx.places.contains(k.low) || lx.isAnyName(k.low)) && !lx.common(k)
                            || (Words.ORG_SUFFIX.contains(k.low) || Words.STREET_SUFFIX.contains(k.low))
                            && i > 0 && namePart(t.get(i - 1));
                    if (content && named && !Words.GENERIC_PLACE.contains(k.low)) {
                        int e = i;
                        while (!cased && e + 1 < t.size() && namePart(t.get(e + 1))) {
                            e++; // "hartz trucking", "brookside hospice": the name goes on over content words
                        }
                        int b = i;
                        if (!cased && i > 0 && (Words.ORG_SUFFIX.contains(k.low) || Words.STREET_SUFFIX.contains(k.low))
                                && namePart(t.get(i - 1))) {
                            b = i - 1; // "fields corner": the word before a suffix names the place
                        }
                        out.add(PhiMatch.of(t.get(b).start, t.get(e).end, PhiCategory.LOCATION));
                        i = e;
                    }
                }
            }
        }
        return out;
    }

    private static final Set<String> PLACE_STOP = Words.list("AnswerRules.PLACE_STOP");

    /** A lower-case word that can go on a place's name: no filler, joining word, pronoun or verb of the clause. */
    private boolean namePart(Tok k) {
        return k.alpha && k.length() > 2 && !FILLER.contains(k.low) && !PAUSE.contains(k.low)
                && !PLACE_STOP.contains(k.low) && !Words.KIN.contains(k.low) && !Words.isCalendarWord(k.low)
                && !Words.STATES.contains(k.low) && !Words.STATE_FULL.contains(k.low) && !Words.COUNTRIES.contains(k.low)
                && !lx.keep.contains(k.low);
    }

    /** Whether the word after k is written with digits ("Box 114"). */
    private static boolean beforeDigits(List<Tok> t, Tok k) {
        int i = t.indexOf(k);
        return i + 1 < t.size() && t.get(i + 1).hasDigit;
    }

    /**
     * Codes said character by character: letters, NATO words ("kilo"), "k as in kilo", digits and digit words,
     * joined by pauses, dashes or "dash".
     *
     * @param minDigits the fewest digit characters a run needs (2 after a question that asked for a code,
     *     more elsewhere)
     */
    void codes(String text, List<Tok> t, PhiCategory category, int minDigits, List<PhiMatch> out) {
        int n = t.size();
        int i = 0;
        while (i < n) {
            int j = i;
            int digits = 0;
            int letters = 0;
            int spoken = 0;
            int last = -1;
            while (j < n) {
                Tok k = t.get(j);
                String w = k.low;
                if (last >= 0 && k.sentenceStart) {
                    break; // "She is ninety-eight. I want": a code does not run on into the next sentence
                }
                if (k.hasDigit && k.length() <= 12) {
                    for (int c = 0; c < w.length(); c++) {
                        if (Character.isDigit(w.charAt(c))) {
                            digits++;
                        } else if (Character.isLetter(w.charAt(c))) {
                            letters++;
                        }
                    }
                    last = j;
                } else if (Spelled.maybeCardinal(w) && (Spelled.DIGIT.containsKey(w) || w.equals("double")
                        || w.equals("triple"))) {
                    digits++;
                    spoken++;
                    last = j;
                } else if (Spelled.maybeCardinal(w) && (Spelled.TENS.containsKey(w) || Spelled.UNITS.containsKey(w)
                        && Spelled.UNITS.get(w) >= 10)) {
                    digits += 2;
                    spoken++;
                    last = j;
                } else if (k.alpha && k.length() == 1 && !(w.equals("a") || w.equals("i")) && !k.cap
                        || k.alpha && k.length() == 1 && (last >= 0 || j + 1 < n && t.get(j + 1).length() <= 2)
                        && !((w.equals("a") || w.equals("i")) && !(j + 1 < n && codeWord(t.get(j + 1))))
                        || NATO.contains(w) && (last >= 0 || j + 1 < n && (t.get(j + 1).hasDigit
                        || Spelled.DIGIT.containsKey(t.get(j + 1).low) || NATO.contains(t.get(j + 1).low)))) {
                    letters++;
                    spoken++;
                    if (w.equals("x") && j + 1 < n && t.get(j + 1).low.equals("ray")) {
                        j++; // "x ray", the NATO word for x said as two
                    }
                    last = j;
                } else if ((w.equals("as") || w.equals("like")) && j + 2 < n && letters > 0 && j == last + 1) {
                    // "k as in kilo", "s like sam", "l like lima"
                    j += t.get(j + 1).low.equals("in") ? 2 : 1;
                    if (t.get(j).low.equals("x") && j + 1 < n && t.get(j + 1).low.equals("ray")) {
                        j++; // "x as in x-ray"
                    }
                    last = j;
                } else if (!((CODE_GLUE.contains(w) || PAUSE.contains(w)) && last >= 0)) {
                    break;
                }
                j++;
            }
            // outside a typed answer, digits alone are left to the spelled-number rule (phone, SSN by length)
            boolean typed = minDigits <= 2;
            // a camera's file name said aloud: "img two seven seven one", "dsc zero zero four one"
            boolean photo = i > 0 && j > i && PHOTO_PREFIX.contains(t.get(i - 1).low) && digits >= 3;
            boolean ok = typed ? spoken >= 2 || digits >= 4 : spoken >= 2 && letters > 0 || photo;
            if (last >= 0 && digits + letters >= 4 && (digits >= minDigits || letters >= 3 && digits >= 1 || photo) && ok) {
                out.add(photo ? PhiMatch.of(t.get(i - 1).start, t.get(last).end, PhiCategory.PHOTO)
                        : PhiMatch.of(t.get(i).start, t.get(last).end, category));
                i = last + 1;
            } else {
                i = Math.max(i + 1, j);
            }
        }
    }

    /** A word a code can hold: a letter, a digit word, digits or a NATO word ("and a half" holds none). */
    private static boolean codeWord(Tok k) {
        return k.hasDigit || k.alpha && k.length() == 1 || Spelled.DIGIT.containsKey(k.low) || NATO.contains(k.low);
    }

    /** A name spelled letter by letter: "t r a n", "o apostrophe h a r e", "M-E-R-W-E". */
    void spelledLetters(List<Tok> t, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            int j = i;
            int letters = 0;
            int last = -1;
            while (j < n) {
                Tok k = t.get(j);
                if (k.alpha && k.length() == 1) {
                    letters++;
                    last = j;
                } else if (!(last >= 0 && (k.low.equals("apostrophe") || k.low.equals("hyphen") || k.low.equals("dash")
                        || k.low.equals("space") || PAUSE.contains(k.low)))) {
                    break;
                }
                j++;
            }
            if (letters >= 3) {
                out.add(PhiMatch.of(t.get(i).start, t.get(last).end, PhiCategory.NAME));
            }
            i = Math.max(i, j);
        }
    }

    /** "the one ending in 4471", "ending in oh two seven seven": the last digits of a phone or SSN. */
    void endingIn(String text, List<Tok> t, List<PhiMatch> out) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!(t.get(i).low.equals("in") && (t.get(i - 1).low.equals("ending") || t.get(i - 1).low.equals("ends")))
                    && !(t.get(i).low.equals("four") && t.get(i - 1).low.equals("last"))) {
                continue;
            }
            int j = i + 1;
            while (j < t.size() && (PAUSE.contains(t.get(j).low) || t.get(j).low.equals("is") || t.get(j).low.equals("are"))) {
                j++;
            }
            if (j >= t.size()) {
                return;
            }
            boolean ssn = text.toLowerCase(java.util.Locale.ROOT).contains("social");
            PhiCategory c = ssn ? PhiCategory.SSN : PhiCategory.PHONE;
            if (t.get(j).digits && t.get(j).length() == 4) {
                out.add(PhiMatch.of(t.get(j).start, t.get(j).end, c));
            } else {
                int e = j;
                int d = 0;
                while (e < t.size() && d < 4 && (Spelled.DIGIT.containsKey(t.get(e).low) || PAUSE.contains(t.get(e).low))) {
                    d += Spelled.DIGIT.containsKey(t.get(e).low) ? 1 : 0;
                    e++;
                }
                if (d == 4) {
                    out.add(PhiMatch.of(t.get(j).start, t.get(e - 1).end, c));
                }
            }
        }
    }

    /** "jdoe at gmail dot com", "maria dot lopez at yahoo dot com". */
    void spokenEmail(List<Tok> t, List<PhiMatch> out) {
        for (int i = 1; i + 3 < t.size(); i++) {
            if (!t.get(i).low.equals("at") || !t.get(i + 2).low.equals("dot") || !TLD.contains(t.get(i + 3).low)) {
                continue;
            }
            int s = i - 1;
            while (s >= 1 && i - s < 14 && !FILLER.contains(t.get(s - 1).low) && !PAUSE.contains(t.get(s - 1).low)
                    && (t.get(s - 1).alpha || t.get(s - 1).hasDigit) || s >= 1 && t.get(s - 1).low.equals("dot")) {
                s--;
            }
            out.add(PhiMatch.of(t.get(s).start, t.get(i + 3).end, PhiCategory.EMAIL));
        }
    }
}
