package org.clinicalnotes.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Holidays that date an event ("since Thanksgiving", "the day after Labor Day"), from {@code holidays.txt}. */
final class Holidays {

    private static final List<String[]> NAMES = load();
    private static final java.util.Map<String, List<String[]>> BY_FIRST = index();
    private static final Set<String> FIRSTS = org.clinicalnotes.internal.QuickWordSet.of(BY_FIRST.keySet());
    private static final Set<String> SPAN_WORDS = Words.list("Holidays.SPAN_WORDS");
    private static final Set<String> RELATION = Words.list("Holidays.RELATION");
    private static final Set<String> EVENTS = Words.list("Holidays.EVENTS");

    private Holidays() {
    }

    private static List<String[]> load() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Holidays.class.getResourceAsStream("holidays.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip().toLowerCase(Locale.ROOT);
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(Tok.lows(Tok.split(line), 0, Tok.split(line).size()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort((a, b) -> b.length - a.length);
        return List.copyOf(out);
    }

    /** @return whether the word is a holiday's name on its own ("Ramadan", "Diwali"): a date word, not a name */
    static boolean isWord(String lower) {
        List<String[]> hs = BY_FIRST.get(lower);
        if (hs == null) {
            return false;
        }
        for (String[] h : hs) {
            if (h.length == 1) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the text names a holiday */
    static boolean mentions(String text) {
        List<Tok> t = Tok.split(text);
        for (int i = 0; i < t.size(); i++) {
            if (!FIRSTS.contains(t.get(i).low)) {
                continue;
            }
            for (String[] h : BY_FIRST.get(t.get(i).low)) {
                if (matches(t, i, h)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void find(List<Tok> t, Set<String> cues, List<PhiMatch> out) {
        int n = t.size();
        for (int i = 0; i < n; i++) {
            if (!FIRSTS.contains(t.get(i).low)) {
                continue;
            }
            for (String[] h : BY_FIRST.get(t.get(i).low)) {
                if (!matches(t, i, h)) {
                    continue;
                }
                int end = t.get(i + h.length - 1).fullEnd;
                int after = i + h.length;
                // an event on the holiday dates it: "Labor Day weekend", "the Halloween dance", "Easter Sunday"
                boolean event = after < n && (EVENTS.contains(t.get(after).low)
                        || Words.WEEKDAYS.contains(t.get(after).low));
                if (event) {
                    end = t.get(after).end;
                }
                int p = i - 1;
                if (p >= 0 && t.get(p).low.equals("the")) {
                    p--;
                }
                int start = t.get(i).start;
                if (p >= 1 && RELATION.contains(t.get(p).low) && (SPAN_WORDS.contains(t.get(p - 1).low)
                        || Words.WEEKDAYS.contains(t.get(p - 1).low))) {
                    start = t.get(p - 1).start;
                    out.add(PhiMatch.of(start, end, PhiCategory.DATE));
                } else if (p >= 0 && (cues.contains(t.get(p).low) || AnswerRules.PAUSE.contains(t.get(p).low)
                        && p > 0 && cues.contains(t.get(p - 1).low)) || event) {
                    out.add(PhiMatch.of(start, end, PhiCategory.DATE));
                }
                i += h.length - 1;
                break;
            }
        }
    }

    private static java.util.Map<String, List<String[]>> index() {
        java.util.Map<String, List<String[]>> m = new java.util.HashMap<>();
        for (String[] h : NAMES) {
            m.computeIfAbsent(h[0], k -> new ArrayList<>()).add(h);
        }
        return m;
    }

    private static boolean matches(List<Tok> t, int i, String[] h) {
        if (i + h.length > t.size()) {
            return false;
        }
        for (int j = 0; j < h.length; j++) {
            if (!t.get(i + j).low.equals(h[j])) {
                return false;
            }
        }
        return true;
    }
}
