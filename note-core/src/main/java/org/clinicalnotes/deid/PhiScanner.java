package org.clinicalnotes.deid;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in, rule-based PHI detector: validated patterns for numbers and codes, dictionaries and context
 * cues for names and places, and a date grammar for written and spoken dates. Stateless and thread-safe.
 */
final class PhiScanner {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|edu|gov|io|info"
                    + "|biz|us|health)\\b(?:/[^\\s<>\"]*)?");
    private static final Pattern SSN = Pattern.compile("(?<![\\d-])\\d{3}([- ])\\d{2}\\1\\d{4}(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)[-. ]?|\\d{3}[-. ])\\d{3}[-. ]\\d{4}(?![\\d])"
                    + "(?:\\s*(?:x|ext\\.?|extension)\\s*\\d{1,5})?");
    private static final Pattern PHONE7 = Pattern.compile("(?<![\\d-])\\d{3}-\\d{4}(?![\\d-])");
    private static final Pattern DATE_NUM = Pattern.compile(
            "(?<![\\d/.-])(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{4})"
                    + "(?![\\d/])");
    private static final Pattern DATE_MD = Pattern.compile("(?<![\\d/.-])\\d{1,2}/\\d{1,2}(?![\\d/])");
    private static final Pattern IP = Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])");
    private static final Pattern IPV6 = Pattern.compile("(?i)(?<![0-9a-f:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}");
    private static final Set<String> EPONYM_NOUNS = Words.set("disease syndrome score scale sign test esophagus "
            + "palsy criteria classification index procedure maneuver manoeuvre phenomenon reflex law rule "
            + "lymphoma sarcoma tumor tumour ulcer contracture deformity fracture node nodes cyst cell cells");
    private static final Set<String> TITLE_IN_SPAN = Words.set("dr mr mrs ms mister missus miss prof professor nurse doctor");
    private static final Set<String> OBJECT_WORDS = Words.set("me him her us them it the a an my his our your "
            + "their to up out back home in on into down over off this that");

    private final Lexicon lx;
    private final PhoneNumberUtil phones;
    private final AnswerRules answers;

    PhiScanner(Lexicon lx) {
        this.lx = lx;
        this.phones = PhoneNumberUtil.getInstance();
        this.answers = new AnswerRules(lx);
    }

    /** @return the rules that type a bare answer by its question */
    AnswerRules answers() {
        return answers;
    }

    /**
     * @param text the text
     * @param cased whether the text uses capital letters (mixed-case text); lower-case transcripts get looser
     *     name rules that lean on the common-word list
     */
    List<PhiMatch> scan(String text, boolean cased) {
        List<PhiMatch> out = new ArrayList<>();
        List<Tok> t = Tok.split(text);
        boolean hasDigit = false;
        for (Tok k : t) {
            if (k.hasDigit) {
                hasDigit = true;
                break;
            }
        }
        if (text.indexOf('@') >= 0) {
            regex(EMAIL, text, PhiCategory.EMAIL, out);
        }
        if (text.indexOf('.') >= 0) {
            regex(URL, text, PhiCategory.URL, out);
        }
        if (hasDigit) {
            numbers(text, t, out);
        }
        int n = t.size();
        answers.codes(text, t, PhiCategory.OTHER_ID, 3, out);
        AgeRules.find(t, out);
        WebRules.find(text, t, out);
        PlaceRules.afterPreposition(lx, t, cased, out);
        DateRules.find(text, t, out);
        answers.spokenEmail(t, out);
        answers.endingIn(text, t, out);
        answers.spelledLetters(t, out);
        boolean[] name = new boolean[n];
        for (int i = 0; i < n; i++) {
            spelledDigits(t, i, out);
            names(text, t, i, cased, name);
            places(text, t, i, cased, out);
        }
        extendNames(text, t, cased, name);
        for (int i = 0; i < n; i++) {
            if (name[i]) {
                int j = i;
                while (j + 1 < n && name[j + 1] && joinable(text, t.get(j), t.get(j + 1))) {
                    j++;
                }
                int end = t.get(j).end;
                if (t.get(j).length() == 1 && end < text.length() && text.charAt(end) == '.') {
                    end++;
                }
                int start = t.get(i).start;
                // an eponym ("Wilson's disease", "Gleason score") names no person in this visit
                if (j + 1 < n && EPONYM_NOUNS.contains(t.get(j + 1).low)) {
                    i = j;
                    continue;
                }
                // the title belongs to the mention: "Dr. Smith" (as phi-asq labels it)
                if (i > 0 && TITLE_IN_SPAN.contains(t.get(i - 1).low) && (!cased || t.get(i - 1).cap)
                        && sepOk(text, t.get(i - 1).fullEnd, start) && start - t.get(i - 1).fullEnd <= 2) {
                    start = t.get(i - 1).start;
                }
                out.add(PhiMatch.of(start, end, PhiCategory.NAME));
                i = j;
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ numbers and codes

    private void numbers(String text, List<Tok> t, List<PhiMatch> out) {
        regex(SSN, text, PhiCategory.SSN, out);
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            out.add(PhiMatch.of(m.start(), m.end(), phoneKind(text, m.start())));
        }
        m = PHONE7.matcher(text);
        while (m.find()) {
            out.add(PhiMatch.of(m.start(), m.end(), phoneKind(text, m.start())));
        }
        int digitCount = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digitCount++;
            }
        }
        if (digitCount >= 8 && text.indexOf('+') >= 0) {
            for (PhoneNumberMatch pm : phones.findNumbers(text, "US", PhoneNumberUtil.Leniency.POSSIBLE, 50)) {
                out.add(PhiMatch.of(pm.start(), pm.end(), phoneKind(text, pm.start())));
            }
        }
        regex(DATE_NUM, text, PhiCategory.DATE, out);
        m = DATE_MD.matcher(text);
        while (m.find()) {
            String[] p = m.group().split("/");
            int mo = Integer.parseInt(p[0]);
            int d = Integer.parseInt(p[1]);
            String before = wordBefore(text, m.start());
            if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && DateRules.DATE_CUES.contains(before) && d != 10) {
                out.add(PhiMatch.of(m.start(), m.end(), PhiCategory.DATE));
            }
        }
        m = IP.matcher(text);
        while (m.find()) {
            out.add(PhiMatch.of(m.start(), m.end(), PhiCategory.IP_ADDRESS));
        }
        if (text.indexOf(':') >= 0) {
            regex(IPV6, text, PhiCategory.IP_ADDRESS, out);
        }
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Tok k = t.get(i);
            if (!k.hasDigit) {
                continue;
            }
            // a run of digit groups: "123 45 6789", "4829-1735", "A12-3456"
            int j = i;
            while (j + 1 < n && t.get(j + 1).hasDigit && gap(text, t.get(j), t.get(j + 1)) <= 1
                    && sepOk(text, t.get(j).fullEnd, t.get(j + 1).start)) {
                j++;
            }
            int start = k.start;
            int end = t.get(j).end;
            // letters stuck to the front by a hyphen: "MRN-4421", "fp-123456", "#SF-998877"
            int p = i;
            while (p > 0 && t.get(p - 1).alpha && t.get(p - 1).fullEnd == t.get(p).start - 1
                    && text.charAt(t.get(p).start - 1) == '-' && (t.get(p - 1).length() <= 4
                    || t.get(p - 1).upper && t.get(p - 1).length() <= 6)
                    && (t.get(p - 1).upper || !common(t.get(p - 1))) && i - p < 3) {
                p--;
                start = t.get(p).start;
            }
            if (start > 0 && text.charAt(start - 1) == '#') {
                start--;
            }
            // a short code stuck to the end: "8193186-A", "12345-JS"
            int last = j;
            if (j + 1 < n && t.get(j + 1).start == t.get(j).end + 1 && text.charAt(t.get(j).end) == '-'
                    && t.get(j + 1).length() <= 3 && !t.get(j + 1).hasDigit) {
                end = t.get(j + 1).end;
                last = j + 1;
            }
            int digits = 0;
            for (int c = start; c < end; c++) {
                if (Character.isDigit(text.charAt(c))) {
                    digits++;
                }
            }
            PhiCategory cue = idCue(t, i);
            if (cue == null && addressCue(t, i) && k.digits && k.length() <= 6) {
                out.add(PhiMatch.of(k.start, k.end, PhiCategory.LOCATION));
                i = j;
                continue;
            }
            boolean letters = !k.digits || j > i && !t.get(j).digits || start < k.start;
            if ((cue == PhiCategory.PHONE || cue == PhiCategory.FAX) && digits < 7) {
                cue = null;
            }
            if (cue != null && digits >= 3 && !(cue == PhiCategory.DATE)) {
                out.add(PhiMatch.of(start, end, cue));
            } else if (digits >= 6 || letters && digits >= 4) {
                String after = last + 1 < n ? t.get(last + 1).low : "";
                if (!Words.UNIT_AFTER_NUMBER.contains(after) && !(start > 0 && text.charAt(start - 1) == '$')) {
                    out.add(PhiMatch.of(start, end, cue != null && cue != PhiCategory.DATE ? cue
                            : digits == 9 ? PhiCategory.SSN : PhiCategory.OTHER_ID));
                }
            } else if (k.digits && k.length() == 5 && j == i && zipContext(t, i)) {
                int e = k.end;
                if (i + 1 < n && t.get(i + 1).digits && t.get(i + 1).length() == 4 && text.charAt(k.end) == '-') {
                    e = t.get(i + 1).end;
                }
                out.add(PhiMatch.of(k.start, e, PhiCategory.LOCATION));
            }
            i = j;
        }
    }

    private static boolean addressCue(List<Tok> t, int i) {
        return addressCue(t, i, 3);
    }

    private static boolean addressCue(List<Tok> t, int i, int window) {
        for (int j = i - 1; j >= Math.max(0, i - window); j--) {
            if (t.get(j).low.equals("address")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sepOk(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static int gap(String text, Tok a, Tok b) {
        return b.start - a.fullEnd;
    }

    private PhiCategory phoneKind(String text, int start) {
        int from = Math.max(0, start - 30);
        String before = text.substring(from, start).toLowerCase(Locale.ROOT);
        return before.contains("fax") ? PhiCategory.FAX : PhiCategory.PHONE;
    }

    private boolean zipContext(List<Tok> t, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            String w = t.get(j).low;
            if (Words.STATE_FULL.contains(w) || w.equals("zip") || w.equals("zipcode") || w.equals("postal")
                    || (Words.STATES.contains(w) && t.get(j).upper)) {
                return true;
            }
        }
        return false;
    }

    /** The kind of identifier the words before position i announce, or null. */
    PhiCategory idCue(List<Tok> t, int i) {
        PhiCategory found = null;
        for (int j = i - 1; j >= Math.max(0, i - 7) && found == null; j--) {
            String w = t.get(j).low;
            String prev = j > 0 ? t.get(j - 1).low : "";
            found = switch (w) {
                case "mrn", "chart" -> PhiCategory.MEDICAL_RECORD_NUMBER;
                case "record", "records" -> prev.equals("medical") || prev.equals("health") || w.equals("record")
                        ? PhiCategory.MEDICAL_RECORD_NUMBER : null;
                case "member", "policy", "subscriber", "beneficiary", "medicaid", "medicare", "insurance", "plan",
                     "group", "hicn", "mbi" -> PhiCategory.HEALTH_PLAN_NUMBER;
                case "account", "acct", "billing", "invoice", "card" -> PhiCategory.ACCOUNT_NUMBER;
                case "license", "licence", "dea", "npi", "certificate", "badge", "permit" ->
                        prev.equals("plate") ? PhiCategory.VEHICLE_ID : PhiCategory.LICENSE_NUMBER;
                case "plate", "vin", "vehicle", "car" -> PhiCategory.VEHICLE_ID;
                case "serial", "device", "pacemaker", "implant", "pump", "lot", "udi", "model" -> PhiCategory.DEVICE_ID;
                case "ssn" -> PhiCategory.SSN;
                case "security" -> prev.equals("social") ? PhiCategory.SSN : null;
                case "social" -> PhiCategory.SSN;
                case "fax" -> PhiCategory.FAX;
                case "phone", "cell", "mobile", "call", "reach", "text", "telephone", "pager", "extension", "ext" ->
                        PhiCategory.PHONE;
                case "patient" -> j + 1 < t.size() && (t.get(j + 1).low.equals("id") || t.get(j + 1).low.equals(
                        "number")) ? PhiCategory.MEDICAL_RECORD_NUMBER : null;
                case "id", "identifier", "number", "no", "code" -> j == i - 1 || j == i - 2 ? PhiCategory.OTHER_ID : null;
                case "born", "birth", "dob", "birthday" -> PhiCategory.DATE;
                default -> null;
            };
            if (found == PhiCategory.OTHER_ID) {
                PhiCategory more = idCue(t, j);
                if (more != null) {
                    found = more;
                }
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ spelled numbers

    private void spelledDigits(List<Tok> t, int i, List<PhiMatch> out) {
        Tok k = t.get(i);
        if (!Spelled.DIGIT.containsKey(k.low) && !Spelled.TENS.containsKey(k.low) && !k.low.equals("double")) {
            return;
        }
        if (i > 0 && isDigitWord(t.get(i - 1).low)) {
            return;
        }
        int j = i;
        int digits = 0;
        int singles = 0;
        while (j < t.size() && (isDigitWord(t.get(j).low) || AnswerRules.PAUSE.contains(t.get(j).low)
                && j + 1 < t.size() && isDigitWord(t.get(j + 1).low))) {
            String w = t.get(j).low;
            if (Spelled.DIGIT.containsKey(w)) {
                digits++;
                singles++;
            } else if (Spelled.TENS.containsKey(w) || Spelled.UNITS.containsKey(w)) {
                digits += 2;
            }
            j++;
        }
        PhiCategory cue0 = digits >= 5 && digits < 7 ? idCue(t, i) : null;
        boolean cued = cue0 != null && cue0 != PhiCategory.DATE && cue0 != PhiCategory.PHONE && cue0 != PhiCategory.FAX;
        if (digits >= 7 && singles >= 4 || cued && singles >= 4) {
            PhiCategory cue = idCue(t, i);
            PhiCategory cat = cue != null && cue != PhiCategory.DATE && cue != PhiCategory.OTHER_ID ? cue
                    : digits == 9 ? PhiCategory.SSN : digits == 7 || digits == 10 || digits == 11 ? PhiCategory.PHONE
                    : PhiCategory.OTHER_ID;
            out.add(PhiMatch.of(k.start, t.get(j - 1).end, cat));
        }
    }

    private static boolean isDigitWord(String w) {
        return Spelled.DIGIT.containsKey(w) || w.equals("double") || w.equals("triple")
                || (Spelled.UNITS.containsKey(w) && Spelled.UNITS.get(w) >= 10) || Spelled.TENS.containsKey(w);
    }

    private static String[] words(List<Tok> t, int from, int to) {
        String[] w = new String[to - from];
        for (int i = from; i < to; i++) {
            w[i - from] = t.get(i).low;
        }
        return w;
    }

    // ------------------------------------------------------------------ names

    private boolean nameLike(Tok k, boolean cased, boolean afterStrongCue) {
        if (!k.alpha || k.length() < 2 || Words.MONTH_NUMBER.containsKey(k.low) || Words.WEEKDAYS.contains(k.low)
                || Words.TITLES.contains(k.low) || Words.POSSESSIVES.contains(k.low)) {
            return false;
        }
        if (cased) {
            return k.cap && (afterStrongCue || !common(k) || lx.isAnyName(k.low));
        }
        return (!common(k) && !lx.nameWords.contains(k.low) && !Words.medicalLooking(k.low)
                && !Words.STATE_FULL.contains(k.low) && !Words.COUNTRIES.contains(k.low))
                || lx.isStrongName(k.low);
    }

    private void names(String text, List<Tok> t, int i, boolean cased, boolean[] name) {
        Tok k = t.get(i);
        if (!k.alpha) {
            return;
        }
        String w = k.low;
        if (lx.isStrongName(w) && (!cased || k.cap && !k.upper) && !Words.MONTH_NUMBER.containsKey(w) && k.length() > 1
                && !Words.STATES.contains(w) && !Words.COUNTRIES.contains(w) && !lx.cities.contains(w)) {
            name[i] = true;
        } else if (cased && k.cap && !k.sentenceStart && lx.nameWords.contains(w) && !k.upper
                && !Words.MONTH_NUMBER.containsKey(w) && !Words.WEEKDAYS.contains(w)) {
            name[i] = true;
        } else if (cased && k.cap && !k.upper && !k.sentenceStart && k.length() > 1 && (allowListName(k)
                || lx.isCuratedName(w) && !lx.keep.contains(w) && !Words.WEEKDAYS.contains(w)
                && !Words.MONTH_NUMBER.containsKey(w) && !Words.STATES.contains(w) && !Words.COUNTRIES.contains(w))) {
            // allow-list thinking: a capitalised word mid-sentence that no vocabulary explains is a name
            name[i] = true;
        }
        if (i + 1 >= t.size()) {
            return;
        }
        Tok next = t.get(i + 1);
        int nextIdx = i + 1;
        // "Dr. van der Merwe", "Ms. de la Cruz": particles after a title
        if (Words.TITLES.contains(w) && Words.PARTICLES.contains(next.low)) {
            int j = i + 1;
            while (j < t.size() && Words.PARTICLES.contains(t.get(j).low) && j - i < 4) {
                j++;
            }
            if (j < t.size() && t.get(j).alpha && (!cased || t.get(j).cap) && !common(t.get(j))) {
                for (int m = i + 1; m <= j; m++) {
                    name[m] = true;
                }
            }
        }
        // "Dr. X", "mister X"
        if (Words.TITLES.contains(w) && !(w.equals("miss") && !cased) && !(w.equals("sister") || w.equals("father"))
                || (w.equals("sister") || w.equals("father")) && cased && k.cap) {
            if (nameLike(next, cased, true) && !(w.equals("doctor") || w.equals("nurse")) || nameLike(next, cased,
                    false) && (lx.isStrongName(next.low) || !common(next))) {
                name[nextIdx] = true;
            }
        }
        // "my wife Renata", "his brother, tom"
        if (Words.POSSESSIVES.contains(w) && Words.KIN.contains(next.low) && i + 2 < t.size()) {
            Tok cand = t.get(i + 2);
            if ((nameLike(cand, cased, false) || cueNameWord(cand, cased)) && !Words.KIN.contains(cand.low)) {
                name[i + 2] = true;
            } else if (cand.alpha && lx.firstNames.contains(cand.low) && i + 3 < t.size()
                    && AFTER_NAME.contains(t.get(i + 3).low)) {
                name[i + 2] = true;
            }
        }
        // "named X", "my name is X", "I'm X", "this is X"
        boolean intro = w.equals("named") || w.equals("called") && !next.low.equals("in")
                || (w.equals("is") || w.equals("was")) && i > 0 && t.get(i - 1).low.equals("name")
                || w.equals("name's");
        if (intro && nameLike(next, cased, cased)) {
            name[nextIdx] = true;
        }
        if ((w.equals("i'm") || w.equals("im") || (w.equals("am") && i > 0 && t.get(i - 1).low.equals("i"))
                || (w.equals("is") && i > 0 && t.get(i - 1).low.equals("this")))
                && (lx.isStrongName(next.low) && (!cased || next.cap)
                || cased && next.cap && !common(next) && nameLike(next, true, false))) {
            name[nextIdx] = true;
        }
        // "tell Priya", "ask joy oduya"
        if (Words.PERSON_VERBS.contains(w) && (nameLike(next, cased, false) && (!common(next)
                || lx.isStrongName(next.low)) || cueNameWord(next, cased) && i + 2 < t.size()
                && (lx.isStrongName(t.get(i + 2).low) || !common(t.get(i + 2)) && t.get(i + 2).alpha))) {
            name[nextIdx] = true;
        }
        if (Words.PERSON_VERBS.contains(w) && next.alpha && lx.firstNames.contains(next.low) && i + 2 < t.size()
                && joinable(text, next, t.get(i + 2)) && (lx.isStrongName(t.get(i + 2).low)
                || t.get(i + 2).alpha && !common(t.get(i + 2)) && (!cased || t.get(i + 2).cap))) {
            name[nextIdx] = true;
            name[i + 2] = true;
        }
        // lower case "i'm anaïs, her husband"
        if (!cased && (w.equals("i'm") || w.equals("im")) && next.alpha && !common(next)
                && !Words.medicalLooking(next.low) && next.length() > 2 && next.fullEnd < text.length()
                && (text.charAt(next.fullEnd) == ',' || text.charAt(next.fullEnd) == '.')) {
            name[nextIdx] = true;
        }
        // "hi julie", "good morning julie", "thank you julie"
        if (Words.GREETINGS.contains(w) || w.equals("you") && i > 0 && t.get(i - 1).low.equals("thank")) {
            if (nameLike(next, cased, false) && !common(next) && !Words.GREETINGS.contains(next.low)
                    || next.alpha && (lx.nameWords.contains(next.low) || lx.firstNames.contains(next.low))
                    && !GREETED_WORDS.contains(next.low) && (!cased || next.cap)) {
                name[nextIdx] = true;
            }
        }
        // a turn that opens with a name and a comma: "julie, how are you"
        if (i == 0 && k.fullEnd < text.length() && text.charAt(k.fullEnd) == ',' && nameLike(k, cased, false)
                && !lx.isCommon(w)) {
            name[0] = true;
        }
    }

    /**
     * A capitalised word that is neither vocabulary nor a word written with a capital for another reason
     * (months, weekdays, states, countries, titles, roles, nationalities, brands).
     */
    private boolean allowListName(Tok k) {
        String w = k.low;
        if (Words.MONTH_NUMBER.containsKey(w) || Words.WEEKDAYS.contains(w) || Words.STATES.contains(w)
                || Words.STATE_FULL.contains(w) || Words.COUNTRIES.contains(w) || Words.TITLES.contains(w)
                || Words.KIN.contains(w) || lx.keep.contains(w) || lx.capitalised.contains(w)
                || Words.ORG_SUFFIX.contains(w) || Words.STREET_SUFFIX.contains(w) || Words.medicalLooking(w)) {
            return false;
        }
        if (k.length() >= 2 && Character.isUpperCase(k.textAt(1))) {
            return false; // "UAs", "AFib", "PhD": an acronym, not a name
        }
        return !lx.isVocabulary(w) && !Words.UNIT_WORDS.contains(w);
    }

    /** Words said after a greeting that are not names: "hi there", "thanks everyone". */
    private static final Set<String> GREETED_WORDS = Words.set("there everyone everybody all guys folks again doc "
            + "doctor mom dad sweetie honey buddy friend man dude love dear sir team so much for a lot very "
            + "and so for too you i we it is me so bye hi hello hey okay ok good great morning afternoon evening night");

    private static final Set<String> AFTER_NAME = Words.set("has had is was said says does did lives lived "
            + "called came went gets got takes took and told wants");

    /** {@link Lexicon#isCommon} for a word, worked out once per word. */
    private boolean common(Tok k) {
        if (k.common == 0) {
            k.common = lx.isCommon(k.low) ? (byte) 1 : (byte) 2;
        }
        return k.common == 1;
    }

    /** A name that is also a word, usable after a cue ("my son Mark", "ask joy"). */
    private boolean cueNameWord(Tok k, boolean cased) {
        return k.alpha && lx.nameWords.contains(k.low) && !Words.NAME_WORD_BLOCKED.contains(k.low)
                && (!cased || k.cap);
    }

    private void extendNames(String text, List<Tok> t, boolean cased, boolean[] name) {
        int n = t.size();
        // "hope clark", "joy oduya": a name-word before a surname
        for (int i = 0; i + 1 < n; i++) {
            Tok a = t.get(i);
            Tok b = t.get(i + 1);
            if (!name[i] && cueNameWord(a, cased) && joinable(text, a, b) && (name[i + 1]
                    || lx.lastNames.contains(b.low) && !lx.nameWords.contains(b.low))) {
                name[i] = true;
                name[i + 1] = true;
            }
            // cased text: two capitalised unknown words in a row are a name ("Tomomi Nishiyama")
            if (cased && !name[i] && a.cap && b.cap && !a.upper && !b.upper && a.alpha && b.alpha
                    && a.length() > 1 && b.length() > 1 && joinable(text, a, b)
                    && unknownProper(a) && unknownProper(b)) {
                name[i] = true;
                name[i + 1] = true;
            }
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                if (!name[i]) {
                    continue;
                }
                // forward: surname after a first name, second part of a hyphenated name, middle initial
                if (i + 1 < n && !name[i + 1] && joinable(text, t.get(i), t.get(i + 1))) {
                    Tok nx = t.get(i + 1);
                    boolean hyphen = t.get(i).fullEnd == nx.start - 1 && text.charAt(nx.start - 1) == '-';
                    boolean initial = nx.length() == 1 && nx.cap && (i + 2 < n && name[i + 2]
                            || nx.end < text.length() && text.charAt(nx.end) == '.');
                    boolean verbLike = !cased && i + 2 < n && OBJECT_WORDS.contains(t.get(i + 2).low)
                            && !lx.lastNames.contains(nx.low);
                    if (hyphen && nx.alpha || initial || nameLike(nx, cased, false) && !verbLike
                            && (cased || !lx.nameWords.contains(nx.low))
                            || cased && nx.cap && !nx.upper && lx.lastNames.contains(nx.low)) {
                        name[i + 1] = true;
                    }
                }
                if (i > 0 && !name[i - 1] && joinable(text, t.get(i - 1), t.get(i))) {
                    Tok pv = t.get(i - 1);
                    boolean hyphen = pv.fullEnd == t.get(i).start - 1 && text.charAt(pv.fullEnd) == '-';
                    if (hyphen && pv.alpha && (pv.cap || !cased)
                            || lx.firstNames.contains(t.get(i).low) == false && nameLike(pv, cased, false)
                            && lx.lastNames.contains(t.get(i).low) && !pv.sentenceStart
                            || cased && pv.cap && !pv.sentenceStart && nameLike(pv, true, false)
                            && !common(pv)) {
                        name[i - 1] = true;
                    }
                }
            }
        }
    }

    private boolean unknownProper(Tok k) {
        return !common(k) && !lx.nameWords.contains(k.low) && !Words.MONTH_NUMBER.containsKey(k.low)
                && !Words.WEEKDAYS.contains(k.low) && !Words.STATES.contains(k.low) && !Words.COUNTRIES.contains(k.low)
                && !Words.medicalLooking(k.low) && !Words.TITLES.contains(k.low) && !Words.ORG_SUFFIX.contains(k.low)
                && !Words.STREET_SUFFIX.contains(k.low) && !lx.cities.contains(k.low);
    }

    /** Two words belong to one name when only spaces, a hyphen or an initial's period lie between them. */
    private static boolean joinable(String text, Tok a, Tok b) {
        if (a.fullEnd != a.end) {
            return false;
        }
        int g = b.start - a.end;
        if (g <= 0 || g > 2) {
            return false;
        }
        for (int i = a.end; i < b.start; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-' && !(c == '.' && a.length() == 1)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ places and organisations

    private void places(String text, List<Tok> t, int i, boolean cased, List<PhiMatch> out) {
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
            if (weak && !(cased && suffix.cap) && !addressCue(t, i - words, 8)) {
                return;
            }
            int k = i - 1;
            int keep = 0;
            while (k >= firstWord) {
                Tok w = t.get(k);
                boolean ok = cased ? w.cap && !w.sentenceStart || w.cap && !common(w)
                        : !common(w) || lx.isAnyName(w.low) || Spelled.ORDINALS.containsKey(w.low);
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

    private static final Set<String> ORG_STOP = Words.set("the a an at to in on of for from with and or my his her "
            + "your our their this that is was are be by as");

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
                dist = !(w.sentenceStart && common(w)) && !Words.ORG_SUFFIX.contains(w.low)
                        && !Words.STATE_FULL.contains(w.low) || inner;
            } else {
                if (ORG_STOP.contains(w.low) || Words.KIN.contains(w.low)) {
                    break;
                }
                dist = (!common(w) && w.alpha && !Words.medicalLooking(w.low)) || lx.isStrongName(w.low)
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

    private static final Set<String> CARE_VERBS = Words.set("seen treated admitted evaluated visited presented "
            + "referred transferred observed diagnosed hospitalized followed managed discharged operated");
    private static final Set<String> MEDICAL_ACRONYMS = Words.set("icu nicu picu ccu er ed or pacu opd ltac snf "
            + "rehab clinic home");
    private static final Set<String> PLACE_TAIL = Words.set("falls city springs heights beach park lake valley "
            + "county bay harbor point creek ridge hills grove township village junction center");

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
                    && (cased ? t.get(j + 1).cap : !common(t.get(j + 1)))) {
                count++;
                j++;
                continue;
            }
            boolean ok;
            if (cased) {
                ok = (k.cap || k.upper) && (!k.sentenceStart) && (!common(k) || count > 0
                        || lx.isAnyName(k.low)) && !Words.medicalLooking(k.low) && !lx.keep.contains(k.low)
                        && !lx.clinical.contains(k.low) && !lx.capitalised.contains(k.low) || count > 0 && k.hasDigit;
                if (!work && !place && (common(k) || k.upper)) {
                    ok = false;
                }
                if (care && k.upper && k.alpha && k.length() >= 3 && k.length() <= 6 && !k.sentenceStart
                        && !MEDICAL_ACRONYMS.contains(k.low)) {
                    ok = true;
                }
            } else {
                ok = k.alpha && !common(k) && !Words.medicalLooking(k.low) && k.length() > 2
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

    // ------------------------------------------------------------------ helpers

    private static void regex(Pattern p, String text, PhiCategory c, List<PhiMatch> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(PhiMatch.of(m.start(), m.end(), c));
        }
    }

    private static String wordBefore(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** Sorts and merges overlapping matches; where two overlap, the longer one's category wins. */
    static List<PhiMatch> merge(List<PhiMatch> in) {
        if (in.size() <= 1) {
            return in;
        }
        List<PhiMatch> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingInt(PhiMatch::start).thenComparing(m -> -m.end()));
        List<PhiMatch> out = new ArrayList<>();
        PhiMatch cur = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            PhiMatch m = sorted.get(i);
            if (m.start() < cur.end()) {
                PhiCategory c = m.length() > cur.length() ? m.category() : cur.category();
                cur = PhiMatch.of(cur.start(), Math.max(cur.end(), m.end()), c);
            } else {
                out.add(cur);
                cur = m;
            }
        }
        out.add(cur);
        return out;
    }
}
