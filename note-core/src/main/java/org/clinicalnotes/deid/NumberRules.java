package org.clinicalnotes.deid;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and codes: e-mail addresses and URLs (bounded patterns), phone and fax numbers (NANP patterns and
 * libphonenumber for international numbers), SSNs, numeric dates, IP addresses, record, member, account,
 * licence, vehicle and device numbers announced by cue words or long enough to be identifiers, house numbers
 * and ZIP codes, and numbers spelled digit by digit. Stateless and thread-safe.
 */
final class NumberRules {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+){1,10}");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+){0,10}\\.(?:com|org|net|edu|gov|io|info"
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

    private final Lexicon lx;
    private final PhoneNumberUtil phones;

    NumberRules(Lexicon lx) {
        this.lx = lx;
        this.phones = PhoneNumberUtil.getInstance();
    }

    /** E-mail addresses and URLs, where the text can hold them. */
    void web(String text, List<PhiMatch> out) {
        if (text.indexOf('@') >= 0) {
            regex(EMAIL, text, PhiCategory.EMAIL, out);
        }
        if (text.indexOf('.') >= 0) {
            regex(URL, text, PhiCategory.URL, out);
        }
    }

    void numbers(String text, List<Tok> t, List<PhiMatch> out) {
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
                    && (t.get(p - 1).upper || !lx.common(t.get(p - 1))) && i - p < 3) {
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

    static boolean addressCue(List<Tok> t, int i, int window) {
        for (int j = i - 1; j >= Math.max(0, i - window); j--) {
            if (t.get(j).low.equals("address")) {
                return true;
            }
        }
        return false;
    }

    static boolean sepOk(String text, int from, int to) {
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

    void spelledDigits(List<Tok> t, int i, List<PhiMatch> out) {
        Tok k = t.get(i);
        if (!Spelled.maybeCardinal(k.low) || !Spelled.DIGIT.containsKey(k.low) && !Spelled.TENS.containsKey(k.low)
                && !k.low.equals("double")) {
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
        return Spelled.maybeCardinal(w) && (Spelled.DIGIT.containsKey(w) || w.equals("double") || w.equals("triple"))
                || Spelled.maybeCardinal(w) && (Spelled.UNITS.containsKey(w) && Spelled.UNITS.get(w) >= 10
                || Spelled.TENS.containsKey(w));
    }

    private static String[] words(List<Tok> t, int from, int to) {
        String[] w = new String[to - from];
        for (int i = from; i < to; i++) {
            w[i - from] = t.get(i).low;
        }
        return w;
    }


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
}
