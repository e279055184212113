package org.clinicalnotes.deid;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Moves a written or spoken date by a number of days and writes it back in the same shape. */
final class DateShift {

    private static final Pattern MDY = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern MD = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final int NO_YEAR = 2001;

    private DateShift() {
    }

    /** A parsed date: the parts found and where they are in the span. */
    record Parsed(int year, int month, int day, LocalDate date) {
    }

    /**
     * @return the shifted span, or null when the span is not a date this class can read
     */
    static String shift(String span, int days) {
        Matcher m = MDY.matcher(span);
        if (m.matches()) {
            int mo = Integer.parseInt(m.group(1));
            int d = Integer.parseInt(m.group(3));
            String ys = m.group(4);
            int y = Integer.parseInt(ys);
            if (ys.length() == 2) {
                y += y > 30 ? 1900 : 2000;
            }
            LocalDate date = safe(y, mo, d);
            if (date == null) {
                return null;
            }
            LocalDate s = date.plusDays(days);
            String sep = m.group(2);
            return pad(s.getMonthValue(), m.group(1)) + sep + pad(s.getDayOfMonth(), m.group(3)) + sep
                    + (ys.length() == 2 ? String.format("%02d", s.getYear() % 100) : String.valueOf(s.getYear()));
        }
        m = YMD.matcher(span);
        if (m.matches()) {
            LocalDate date = safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date == null) {
                return null;
            }
            LocalDate s = date.plusDays(days);
            return s.getYear() + "-" + pad(s.getMonthValue(), m.group(2)) + "-" + pad(s.getDayOfMonth(), m.group(3));
        }
        m = MY.matcher(span);
        if (m.matches()) {
            LocalDate date = safe(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 15);
            if (date == null) {
                return null;
            }
            LocalDate s = date.plusDays(days);
            return pad(s.getMonthValue(), m.group(1)) + "/" + s.getYear();
        }
        m = MD.matcher(span);
        if (m.matches()) {
            LocalDate date = safe(NO_YEAR, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (date == null) {
                return null;
            }
            LocalDate s = date.plusDays(days);
            return pad(s.getMonthValue(), m.group(1)) + "/" + pad(s.getDayOfMonth(), m.group(2));
        }
        return words(span, days);
    }

    /** @return the calendar date a span names (year 2001 when it has none), or null */
    static LocalDate parse(String span) {
        String s = shift(span, 0);
        if (s == null) {
            return null;
        }
        // the zero shift proves the span parses; read the parts again
        Matcher m = MDY.matcher(span);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(4));
            if (m.group(4).length() == 2) {
                y += y > 30 ? 1900 : 2000;
            }
            return safe(y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
        }
        m = YMD.matcher(span);
        if (m.matches()) {
            return safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        int[] p = wordParts(span);
        if (p == null || p[1] == 0 || p[2] == 0) {
            return null;
        }
        return safe(p[0] == 0 ? NO_YEAR : p[0], p[1], p[2]);
    }

    private static String pad(int v, String like) {
        return like.length() == 2 && v < 10 ? "0" + v : String.valueOf(v);
    }

    private static LocalDate safe(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) {
            return null;
        }
        try {
            return LocalDate.of(y, m, Math.min(d, Month.of(m).length(java.time.Year.isLeap(y))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** year, month, day (0 when absent) of a word date. */
    private static int[] wordParts(String span) {
        List<Tok> t = Tok.split(span);
        int year = 0;
        int month = 0;
        int day = 0;
        for (int i = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            Integer mo = Words.MONTH_NUMBER.get(k.low);
            if (mo != null && month == 0) {
                month = mo;
                continue;
            }
            if (k.digits && k.length() == 4) {
                year = Integer.parseInt(k.low);
                continue;
            }
            if (k.digits && k.length() == 2 && month != 0 && k.start > 0 && (span.charAt(k.start - 1) == '\''
                    || span.charAt(k.start - 1) == '\u2019')) {
                int y = Integer.parseInt(k.low);
                year = y + (y > 30 ? 1900 : 2000);
                continue;
            }
            if (k.hasDigit && day == 0) {
                int n = leadingNumber(k.low);
                if (n >= 1 && n <= 31) {
                    day = n;
                    continue;
                }
            }
            String[] w = new String[t.size() - i];
            for (int j = i; j < t.size(); j++) {
                w[j - i] = t.get(j).low;
            }
            int[] yr = Spelled.year(w, 0, w.length);
            if (yr != null && (day != 0 || month != 0)) {
                year = yr[0];
                i += yr[1] - 1;
                continue;
            }
            int[] s = Spelled.small(w, 0, w.length);
            if (s != null && day == 0 && s[0] >= 1 && s[0] <= 31) {
                day = s[0];
                i += s[1] - 1;
            }
        }
        if (month == 0 && day == 0) {
            return null;
        }
        return new int[] {year, month, day};
    }

    private static int leadingNumber(String w) {
        int n = 0;
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i)) && i < 3) {
            n = n * 10 + (w.charAt(i) - '0');
            i++;
        }
        return i == 0 ? -1 : n;
    }

    /** Rewrites each part of a word date in place: "July twenty ninth two thousand eight", "the 14th". */
    private static String words(String span, int days) {
        List<Tok> t = Tok.split(span);
        int[] parts = wordParts(span);
        if (parts == null) {
            return null;
        }
        int y = parts[0];
        int mo = parts[1];
        int d = parts[2];
        LocalDate shifted;
        if (mo == 0 && span.chars().noneMatch(Character::isDigit)) {
            return null;    // "ninety two" is an age, not a day
        }
        if (mo == 0) {
            int nd = Math.floorMod(d - 1 + days, 28) + 1;
            shifted = LocalDate.of(NO_YEAR, 1, nd);
        } else {
            LocalDate base = safe(y == 0 ? NO_YEAR : y, mo, d == 0 ? 15 : d);
            if (base == null) {
                return null;
            }
            shifted = base.plusDays(days);
        }
        List<int[]> ranges = new ArrayList<>();
        List<String> repl = new ArrayList<>();
        boolean monthDone = false;
        boolean dayDone = false;
        boolean yearDone = false;
        for (int i = 0; i < t.size(); i++) {
            Tok k = t.get(i);
            String orig = span.substring(k.start, k.end);
            Integer m = Words.MONTH_NUMBER.get(k.low);
            if (m != null && !monthDone && mo != 0) {
                Month nm = shifted.getMonth();
                String name = Words.MONTHS_FULL.contains(k.low) ? nm.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        : nm.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                ranges.add(new int[] {k.start, k.end});
                repl.add(Case.of(orig) == Case.MIXED ? name : Case.of(orig).apply(name));
                monthDone = true;
                continue;
            }
            if (k.digits && k.length() == 4 && !yearDone && y != 0) {
                ranges.add(new int[] {k.start, k.end});
                repl.add(String.valueOf(shifted.getYear()));
                yearDone = true;
                continue;
            }
            if (k.digits && k.length() == 2 && !yearDone && y != 0 && mo != 0 && k.start > 0
                    && (span.charAt(k.start - 1) == '\'' || span.charAt(k.start - 1) == '\u2019')) {
                ranges.add(new int[] {k.start, k.end});
                repl.add(String.format("%02d", shifted.getYear() % 100));
                yearDone = true;
                continue;
            }
            if (k.hasDigit && !dayDone && d != 0) {
                int n = leadingNumber(k.low);
                if (n == d) {
                    int nd = shifted.getDayOfMonth();
                    String suffix = k.low.length() > String.valueOf(n).length() ? ordinalSuffix(nd) : "";
                    ranges.add(new int[] {k.start, k.end});
                    repl.add((k.low.startsWith("0") && nd < 10 ? "0" : "") + nd + (Case.of(orig) == Case.UPPER
                            ? suffix.toUpperCase(Locale.ROOT) : suffix));
                    dayDone = true;
                    continue;
                }
            }
            String[] w = new String[t.size() - i];
            for (int j = i; j < t.size(); j++) {
                w[j - i] = t.get(j).low;
            }
            if (!yearDone && y != 0 && (dayDone || monthDone)) {
                int[] yr = Spelled.year(w, 0, w.length);
                if (yr != null && yr[0] == y) {
                    ranges.add(new int[] {k.start, t.get(i + yr[1] - 1).end});
                    int ny = shifted.getYear();
                    repl.add(Case.of(orig).apply(ny >= 2000 && ny < 2100 ? "two thousand"
                            + (ny % 100 == 0 ? "" : " " + Spelled.cardinalWords(ny % 100)) : String.valueOf(ny)));
                    yearDone = true;
                    i += yr[1] - 1;
                    continue;
                }
            }
            if (!dayDone && d != 0) {
                int[] s = Spelled.small(w, 0, w.length);
                if (s != null && s[0] == d) {
                    int nd = shifted.getDayOfMonth();
                    ranges.add(new int[] {k.start, t.get(i + s[1] - 1).end});
                    String said = s[2] == 1 ? Spelled.ordinalWords(nd) : Spelled.cardinalWords(nd);
                    if (sharesWord(said, w, s[1])) {
                        // "twenty third" to "twenty eighth" would keep "twenty": the day in digits holds no word of it
                        said = s[2] == 1 ? nd + ordinalSuffix(nd) : String.valueOf(nd);
                    }
                    repl.add(Case.of(orig).apply(said));
                    dayDone = true;
                    i += s[1] - 1;
                }
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(span);
        for (int i = ranges.size() - 1; i >= 0; i--) {
            sb.replace(ranges.get(i)[0], ranges.get(i)[1], repl.get(i));
        }
        return sb.toString();
    }

    private static boolean sharesWord(String said, String[] w, int count) {
        for (String x : said.split("[ -]")) {
            for (int i = 0; i < count && i < w.length; i++) {
                if (w[i].equals(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String ordinalSuffix(int n) {
        if (n >= 11 && n <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
