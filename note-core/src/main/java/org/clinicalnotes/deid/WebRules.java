package org.clinicalnotes.deid;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Web and file identifiers beyond full URLs: short links and any domain with a path ("bit.ly/safeplan-ut",
 * "carelink.pt/ndg4471"), photo file names ("IMG_2291.jpg", "port_card_0305.jpg", "IMG_7710"), handles and
 * user names ("@jess.m_22", "willd_sf415"), and their spoken forms ("hf log dot org slash halvorsen l",
 * "i m g underscore zero eight eight four dot h e i c", "khoa underscore bolus twenty three"). Scans
 * characters and words once; no regular expression. Stateless.
 */
final class WebRules {

    static final Set<String> EXT = Words.list("WebRules.EXT");
    private static final Set<String> TLD = Words.list("WebRules.TLD");
    private static final Set<String> PHOTO_WORDS = Words.list("WebRules.PHOTO_WORDS");
    private static final Set<String> STOP = Words.list("WebRules.STOP");

    private WebRules() {
    }

    static void find(String text, List<Tok> t, List<PhiMatch> out) {
        written(text, out);
        if (text.indexOf("dot") >= 0 || text.indexOf("underscore") >= 0 || text.indexOf("DOT") >= 0
                || text.indexOf("Dot") >= 0 || text.indexOf("Underscore") >= 0) {
            spoken(t, out);
        }
    }

    /** Whitespace-separated pieces of the text that are links, file names or handles. */
    private static void written(String text, List<PhiMatch> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int e = i;
            // trim quotes, brackets and sentence punctuation
            while (s < e && "(\"'<[{".indexOf(text.charAt(s)) >= 0) {
                s++;
            }
            while (e > s && ".,;:!?)\"'>]}".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            if (e - s < 4 || !worthALook(text, s, e)) {
                continue;
            }
            PhiCategory c = kind(text, s, e);
            if (c != null) {
                out.add(PhiMatch.of(s, e, c));
            }
        }
    }

    /**
     * Only pieces with a dot, slash, underscore or at sign, or the image-file prefix "img-", can be links,
     * files or handles ({@link #kind} finds nothing else).
     */
    private static boolean worthALook(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '/' || c == '_' || c == '@') {
                return true;
            }
        }
        return e - s > 4 && text.regionMatches(true, s, "img-", 0, 4);
    }

    private static PhiCategory kind(String text, int s, int e) {
        String w = text.substring(s, e);
        String low = w.toLowerCase(Locale.ROOT);
        int dot = low.lastIndexOf('.');
        if (dot > 0 && EXT.contains(low.substring(dot + 1)) && low.indexOf('/') < 0) {
            return PhiCategory.PHOTO;
        }
        if (low.startsWith("img_") || low.startsWith("img-") || low.startsWith("dsc_") || low.startsWith("pxl_")) {
            return PhiCategory.PHOTO;
        }
        if (w.charAt(0) == '@' && e - s > 2 && low.indexOf('.', 1) < 0 || w.charAt(0) == '@' && low.indexOf('@', 1) < 0
                && !low.substring(1).contains(".com")) {
            return PhiCategory.OTHER_ID;
        }
        int slash = low.indexOf('/');
        if (slash > 0 && low.indexOf('@') < 0) {
            String host = low.substring(0, slash);
            int hd = host.lastIndexOf('.');
            if (hd > 0 && hd < host.length() - 1 && allLetters(host, hd + 1, host.length()) && slash < low.length() - 1
                    && !host.contains("..")) {
                return PhiCategory.URL;
            }
        }
        if (dottedHandle(low)) {
            return PhiCategory.OTHER_ID;
        }
        if (low.indexOf('_') > 0 && low.indexOf('_') < low.length() - 1 && low.indexOf('@') < 0) {
            boolean ok = true;
            for (int i = 0; i < low.length() && ok; i++) {
                char ch = low.charAt(i);
                ok = Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-';
            }
            if (ok) {
                return PhiCategory.OTHER_ID;
            }
        }
        return null;
    }

    /** "darlene.pruitt.elko", "amira.runs76": dotted words that are no domain and no number. */
    private static boolean dottedHandle(String low) {
        String[] parts = low.split("\\.", -1);
        if (parts.length < 2 || low.indexOf('@') >= 0 || low.indexOf('/') >= 0) {
            return false;
        }
        boolean digit = false;
        for (String p : parts) {
            if (p.length() < 2 || !p.chars().allMatch(Character::isLetterOrDigit)) {
                return false;
            }
            digit |= p.chars().anyMatch(Character::isDigit);
        }
        boolean letters = Character.isLetter(parts[0].charAt(0));
        return letters && !TLD.contains(parts[parts.length - 1]) && (parts.length >= 3 || digit);
    }

    private static boolean allLetters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return to - from >= 2 && to - from <= 12;
    }

    /** "seventy three dot one six two dot forty four dot two oh one": a spoken IPv4 address. */
    private static void spokenIp(List<Tok> t, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            int j = i;
            int groups = 0;
            int last = -1;
            while (j < n) {
                int g = j;
                while (g < n && (Spelled.isNumberWord(t.get(g).low) || t.get(g).low.equals("oh") || t.get(g).digits)
                        && g - j < 4) {
                    g++;
                }
                if (g == j) {
                    break;
                }
                groups++;
                last = g - 1;
                if (g < n && t.get(g).low.equals("dot") && groups < 4) {
                    j = g + 1;
                } else {
                    break;
                }
            }
            if (groups == 4) {
                out.add(PhiMatch.of(t.get(i).start, t.get(last).end, PhiCategory.IP_ADDRESS));
                i = last;
            }
        }
    }

    /** Spoken links, file names and user names. */
    private static void spoken(List<Tok> t, List<PhiMatch> out) {
        spokenIp(t, out);
        int n = t.size();
        for (int i = 1; i < n; i++) {
            String w = t.get(i).low;
            if (w.equals("dot") && i + 1 < n) {
                int[] ext = extension(t, i + 1);
                if (ext != null) {
                    int s = codeStart(t, i);
                    if (s < i) {
                        out.add(PhiMatch.of(t.get(s).start, t.get(i + 1 + ext[0]).end, PhiCategory.PHOTO));
                    }
                    continue;
                }
                if (TLD.contains(t.get(i + 1).low) && !(i >= 2 && t.get(i - 2).low.equals("at"))) {
                    int s = i;
                    while (s - 1 >= 0 && i - s < 3 && !STOP.contains(t.get(s - 1).low) && t.get(s - 1).alpha
                            || s - 2 >= 0 && t.get(s - 1).low.equals("dot") && !STOP.contains(t.get(s - 2).low)) {
                        s--;
                    }
                    int e = i + 1;
                    if (e + 1 < n && t.get(e + 1).low.equals("slash")) {
                        e = e + 1;
                        while (e + 1 < n && e - i < 10 && !STOP.contains(t.get(e + 1).low)
                                && !AnswerRules.PAUSE.contains(t.get(e + 1).low)) {
                            e++;
                        }
                    }
                    if (s < i) {
                        out.add(PhiMatch.of(t.get(s).start, t.get(e).end, PhiCategory.URL));
                    }
                }
            } else if (w.equals("underscore") && i + 1 < n) {
                int s = i - 1;
                if (STOP.contains(t.get(s).low)) {
                    continue;
                }
                while (s - 1 >= 0 && i - s < 3 && !STOP.contains(t.get(s - 1).low) && t.get(s - 1).alpha
                        && !AnswerRules.PAUSE.contains(t.get(s - 1).low)) {
                    s--;
                }
                int e = i + 1;
                while (e + 1 < n && e - i < 6 && !STOP.contains(t.get(e + 1).low)
                        && !AnswerRules.PAUSE.contains(t.get(e + 1).low) && (t.get(e + 1).length() <= 2
                        || Spelled.isNumberWord(t.get(e + 1).low) || t.get(e + 1).low.equals("underscore")
                        || t.get(e + 1).hasDigit)) {
                    e++;
                }
                boolean photo = PHOTO_WORDS.contains(t.get(s).low);
                out.add(PhiMatch.of(t.get(s).start, t.get(e).end, photo ? PhiCategory.PHOTO : PhiCategory.OTHER_ID));
            }
        }
    }

    /** A file extension after "dot", said as a word or spelled: {words}, or null. */
    private static int[] extension(List<Tok> t, int i) {
        if (EXT.contains(t.get(i).low)) {
            return new int[] {0};
        }
        StringBuilder sb = new StringBuilder();
        int j = i;
        while (j < t.size() && j - i < 4 && t.get(j).length() == 1 && t.get(j).alpha) {
            sb.append(t.get(j).low);
            j++;
        }
        return sb.length() >= 3 && EXT.contains(sb.toString()) ? new int[] {j - 1 - i} : null;
    }

    /** Where a spoken file name before "dot" starts: back over letters, digits, number words, "underscore". */
    private static int codeStart(List<Tok> t, int dot) {
        int s = dot;
        while (s - 1 >= 0 && dot - s < 16) {
            Tok k = t.get(s - 1);
            if (k.length() == 1 || k.hasDigit || Spelled.isNumberWord(k.low) || k.low.equals("underscore")
                    || k.low.equals("dash") || PHOTO_WORDS.contains(k.low) || k.low.equals("oh")) {
                s--;
                if (PHOTO_WORDS.contains(k.low)) {
                    break;
                }
            } else {
                break;
            }
        }
        return s;
    }
}
