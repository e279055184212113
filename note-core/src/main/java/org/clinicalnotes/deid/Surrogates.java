package org.clinicalnotes.deid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes the surrogates of one request and fills its vault. One instance per request, one thread.
 *
 * <p>Names and places are replaced word by word, so the same word gets the same surrogate in every mention
 * ("Ana" alone and in "Ana Gutiérrez-Molina"); dates move by one offset; numbers keep their shape.
 */
final class Surrogates {

    private static final Set<String> KEEP = Words.list("Surrogates.KEEP");

    private final Lexicon lx;
    private final Random random;
    private final int shift;
    private final String lowerSource;
    private final Map<String, String> wordMap = new HashMap<>();
    private final Map<String, String> numberMap = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    final Map<String, Map<String, String>> exact = new HashMap<>();
    final Map<String, Map<String, String>> words = new HashMap<>();
    final Map<String, String> numbers = new HashMap<>();
    final Set<LocalDate> dates = new HashSet<>();
    private int emails;

    Surrogates(Lexicon lx, Random random, int shift, String lowerSource) {
        this.lx = lx;
        this.random = random;
        this.shift = shift;
        this.lowerSource = lowerSource;
    }

    int shift() {
        return shift;
    }

    /** @return the surrogate for {@code original}, recorded in the vault */
    String surrogate(String original, PhiCategory c) {
        String s = switch (c) {
            case NAME -> byWord(original, false);
            case LOCATION -> location(original);
            case DATE -> date(original);
            case EMAIL -> email(original);
            case URL -> url(original);
            case IP_ADDRESS -> number(original, true);
            default -> number(original, false);
        };
        if (s.equals(original)) {
            s = shape(original);
        }
        Map<String, String> forms = exact.computeIfAbsent(s.toLowerCase(Locale.ROOT), k -> new HashMap<>());
        forms.putIfAbsent(Case.of(s).name(), original);
        return s;
    }

    private String location(String original) {
        String low = original.toLowerCase(Locale.ROOT);
        List<Tok> toks = Tok.split(original);
        boolean spokenDigits = !toks.isEmpty();
        for (Tok k : toks) {
            spokenDigits &= Spelled.DIGIT.containsKey(k.low);
        }
        if (spokenDigits && toks.size() >= 5) {
            return number(original, false); // a ZIP code said digit by digit: other digit words
        }
        if (lx.cities.contains(low)) {
            String s = wordMap.get(low);
            if (s == null) {
                s = pick(lx.surrogateCities, null);
                wordMap.put(low, s);
            }
            String out = render(original, s);
            words.computeIfAbsent(s, k -> new HashMap<>()).putIfAbsent(Case.of(out).name(), original);
            return out;
        }
        return byWord(original, true);
    }

    /** Replaces each word: names from the name pools, digits by digits; suffixes ("Street") stay. */
    private String byWord(String original, boolean place) {
        StringBuilder sb = new StringBuilder(original.length() + 8);
        List<Tok> toks = Tok.split(original);
        boolean street = false;
        for (Tok k : toks) {
            street |= place && Words.STREET_SUFFIX.contains(k.low);
        }
        int last = 0;
        for (Tok k : toks) {
            sb.append(original, last, k.start);
            String word = original.substring(k.start, k.end);
            if (k.hasDigit) {
                sb.append(number(word, false));
            } else if (place && (KEEP.contains(k.low) || k.length() == 1) || !k.alpha
                    || !place && Words.TITLES.contains(k.low)) {
                sb.append(word);
            } else if (k.length() == 1) {
                sb.append(word);
            } else if (street && Spelled.isNumberWord(k.low) && !k.low.equals("hundred") && !k.low.equals("thousand")) {
                // a spoken house or street number of a street address: number words, none of them a word of
                // the original (elsewhere a number word in a "place" may be a false find: it gets a name)
                String r = SurrogateDraws.otherNumberWord(k.low, random);
                for (int tries = 0; tries < 20 && containsWord(original.toLowerCase(Locale.ROOT), r); tries++) {
                    r = SurrogateDraws.otherNumberWord(k.low, random);
                }
                sb.append(Case.of(word).apply(r));
            } else {
                String s = wordMap.get(k.low);
                if (s == null) {
                    boolean surname = lx.lastNames.contains(k.low) && !lx.firstNames.contains(k.low) || place;
                    s = pick(surname ? lx.surrogateLast : lx.surrogateFirst, k.low);
                    wordMap.put(k.low, s);
                }
                String out = render(word, s);
                sb.append(out);
                words.computeIfAbsent(s, x -> new HashMap<>()).putIfAbsent(Case.of(out).name(), word);
            }
            last = k.end;
        }
        sb.append(original, last, original.length());
        return sb.toString();
    }

    private static String render(String like, String surrogate) {
        Case c = Case.of(like);
        return c == Case.MIXED ? Case.TITLE.apply(surrogate) : c.apply(surrogate);
    }

    private String pick(List<String> pool, String avoid) {
        for (int tries = 0; tries < 200; tries++) {
            String s = pool.get(random.nextInt(pool.size()));
            if (!used.contains(s) && !s.equals(avoid) && !containsWord(lowerSource, s) && !sharesPrefix(lowerSource, s)) {
                used.add(s);
                return s;
            }
        }
        // pools are large; a transcript that uses them all up gets numbered surrogates
        String s = pool.get(random.nextInt(pool.size())) + "x" + used.size();
        used.add(s);
        return s;
    }

    /**
     * Whether a word of the source (four letters or more) starts the surrogate or the surrogate starts it: a
     * surrogate "Marianna" for "Maria" would still carry the original name.
     */
    private static boolean sharesPrefix(String lowerSource, String surrogate) {
        String c = surrogate.toLowerCase(java.util.Locale.ROOT);
        if (c.length() < 4) {
            return false;
        }
        String head = c.substring(0, 4);
        int at = lowerSource.indexOf(head);
        while (at >= 0) {
            if (at == 0 || !isLower(lowerSource.charAt(at - 1))) {
                int e = at + 4;
                while (e < lowerSource.length() && isLower(lowerSource.charAt(e))) {
                    e++;
                }
                String w = lowerSource.substring(at, e);
                if (c.startsWith(w) || w.startsWith(c)) {
                    return true;
                }
            }
            at = lowerSource.indexOf(head, at + 1);
        }
        return false;
    }

    private static boolean isLower(char ch) {
        return ch >= 'a' && ch <= 'z';
    }

    private static boolean sharesAnyWord(String hay, String words) {
        for (String w : words.split(" ")) {
            if (containsWord(hay, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String hay, String w) {
        int at = hay.indexOf(w);
        while (at >= 0) {
            int end = at + w.length();
            if ((at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1)))
                    && (end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end)))) {
                return true;
            }
            at = hay.indexOf(w, at + 1);
        }
        return false;
    }

    private static final String[] WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"};

    private String date(String original) {
        List<Tok> w = Tok.split(original);
        if (w.size() > 1 && Words.WEEKDAYS.contains(w.get(0).low)) {
            // "monday the fourteenth": the weekday moves with the shift, the rest is shifted as a date
            int day = java.util.Arrays.asList(WEEKDAY_NAMES).indexOf(w.get(0).low);
            String moved = WEEKDAY_NAMES[Math.floorMod(day + (shift % 7 == 0 ? 1 : shift), 7)];
            String rest = date(original.substring(w.get(1).start));
            return Case.of(original.substring(0, w.get(0).end)).apply(moved)
                    + original.substring(w.get(0).end, w.get(1).start) + rest;
        }
        String s = DateShift.shift(original, shift);
        if (s != null && s.equalsIgnoreCase(original)) {
            // a shift of about a year leaves a month alone ("in September") unchanged: move it on
            s = DateShift.shift(original, shift + 31);
        }
        if (s != null) {
            LocalDate d = DateShift.parse(original);
            if (d != null) {
                dates.add(d);
            }
            return s;
        }
        String trimmed = original.strip();
        String day = bareDay(trimmed);
        if (day != null) {
            return day;
        }
        String holiday = holiday(trimmed);
        if (holiday != null) {
            return holiday;
        }
        // an age over 89, in digits or words
        // in digits even when said in words: a surrogate "ninety-seven" would keep the word "ninety"
        return age(trimmed, false);
    }

    private static final String[] HOLIDAYS = {"Labor Day", "Memorial Day", "Presidents Day", "Veterans Day",
        "Columbus Day", "Flag Day"};

    /** A day of the month alone ("the 10th", "twenty ninth"), moved by the request's shift; else null. */
    private String bareDay(String original) {
        List<Tok> t = Tok.split(original);
        int i = !t.isEmpty() && t.get(0).low.equals("the") ? 1 : 0;
        if (i >= t.size()) {
            return null;
        }
        int d;
        boolean digits = t.get(i).hasDigit;
        if (digits) {
            if (i != t.size() - 1 || !DateRules.isDayNumber(t.get(i)) || t.get(i).digits) {
                return null;
            }
            d = Integer.parseInt(t.get(i).low.replaceAll("\\D", ""));
        } else {
            int[] o = DateRules.spelledOrdinal(t, i);
            if (o == null || i + o[1] != t.size()) {
                return null;
            }
            d = o[0];
        }
        int moved = Math.floorMod(d - 1 + shift, 28) + 1;
        if (moved == d) {
            moved = d % 28 + 1;
        }
        String word = digits ? moved + suffix(moved) : Spelled.ordinalWords(moved);
        return original.substring(0, t.get(i).start) + Case.of(original.substring(t.get(i).start)).apply(word);
    }

    private static String suffix(int n) {
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

    /** A holiday that dates an event: another one, since the real date cannot be shifted. */
    private String holiday(String original) {
        String low = original.toLowerCase(Locale.ROOT);
        if (!Holidays.mentions(original)) {
            return null;
        }
        String key = "holiday:" + low;
        return numberMap.computeIfAbsent(key, k -> {
            String h = HOLIDAYS[random.nextInt(HOLIDAYS.length)];
            String prefix = "";
            for (String w : new String[] {"day after ", "day before ", "week after ", "week before ",
                "weekend after ", "night before ", "night after ", "week of "}) {
                if (low.startsWith(w)) {
                    prefix = original.substring(0, w.length());
                }
            }
            return prefix + h;
        });
    }

    private String age(String original, boolean words) {
        String key = "age:" + original.toLowerCase(Locale.ROOT);
        String s = numberMap.get(key);
        if (s == null) {
            int v;
            String cand;
            int tries = 0;
            do {
                v = 90 + random.nextInt(tries < 40 ? 10 : 30);
                cand = words ? Spelled.cardinalWords(v) : String.valueOf(v);
                tries++;
            } while (tries < 80 && (cand.equalsIgnoreCase(original) || used.contains(cand)
                    || containsWord(lowerSource, cand) || containsWord(lowerSource, String.valueOf(v))));
            used.add(cand);
            s = words ? Case.of(original).apply(cand) : cand;
            numberMap.put(key, s);
        }
        return s;
    }

    private String email(String original) {
        String key = "email:" + original.toLowerCase(Locale.ROOT);
        return numberMap.computeIfAbsent(key, k -> {
            String first = pick(lx.surrogateFirst, null);
            String last = pick(lx.surrogateLast, null);
            String[] domains = {"mail.test", "inbox.test", "post.test"};
            return first + "." + last + "@" + domains[emails++ % domains.length];
        });
    }

    private String url(String original) {
        String key = "url:" + original.toLowerCase(Locale.ROOT);
        return numberMap.computeIfAbsent(key, k -> {
            String host = pick(lx.surrogateLast, null) + ".example";
            String low = original.toLowerCase(Locale.ROOT);
            if (low.startsWith("http")) {
                return (low.startsWith("https") ? "https://" : "http://") + host;
            }
            return (low.startsWith("www.") ? "www." : "") + host;
        });
    }

    /** Same shape: each digit by a digit, each letter by a letter of the same case; separators stay. */
    private String number(String original, boolean ip) {
        String key = SafeHarborVault.normalize(original);
        String s = numberMap.get(key);
        if (s == null) {
            // a surrogate must not also be a number the transcript says ("5 mg"), or re-identification
            // would turn that number into the original
            int tries = 0;
            String like = original;
            do {
                if (++tries % 20 == 0) {
                    like = like + "0";
                }
                s = ip ? ipv4(original) : shape(like);
            } while (numberMap.containsValue(s) || SafeHarborVault.normalize(s).equals(key)
                    || containsWord(lowerSource, s.toLowerCase(java.util.Locale.ROOT)));
            numberMap.put(key, s);
            numbers.put(SafeHarborVault.normalize(s), original);
        }
        return s;
    }

    private String ipv4(String original) {
        if (original.indexOf(':') >= 0) {
            return shape(original);
        }
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static final java.util.Set<String> SPOKEN_GLUE = Words.set("underscore dot dash hyphen slash at as in "
            + "like space apostrophe double triple oh um uh");

    /**
     * A code said aloud with words among its characters ("khoa underscore bolus twenty three", "i m g underscore
     * zero eight eight four dot h e i c"): digit words by other digit words, letters by other letters, other
     * words by surrogate names, joining words kept; or null when the code holds no such words.
     */
    private String spokenShape(String original, List<Tok> toks) {
        boolean words = false;
        boolean letters = false;
        boolean numberWords = false;
        for (Tok k : toks) {
            words |= k.alpha && k.length() > 1 && !Spelled.isNumberWord(k.low) && !k.upper;
            letters |= k.alpha && k.length() == 1;
            numberWords |= Spelled.isNumberWord(k.low);
        }
        words |= letters && numberWords; // "j e nine one": digit words by digit words, not letter by letter
        if (!words || toks.size() < 2 || original.indexOf(' ') < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(original.length());
        int last = 0;
        for (Tok k : toks) {
            sb.append(original, last, k.start);
            String w = k.low;
            String r;
            if (SPOKEN_GLUE.contains(w) || WebRules.EXT.contains(w) || AnswerRules.isPhotoPrefix(w)) {
                r = original.substring(k.start, k.end);
            } else if (AnswerRules.isNato(w)) {
                r = AnswerRules.otherNato(w, random);
            } else if (Spelled.DIGIT.containsKey(w)) {
                r = Spelled.cardinalWords((Spelled.DIGIT.get(w) + 1 + random.nextInt(9)) % 10);
                String lowOriginal = original.toLowerCase(Locale.ROOT);
                for (int tries = 0; tries < 20 && containsWord(lowOriginal, r); tries++) {
                    r = Spelled.cardinalWords(random.nextInt(10)); // no digit word of the original survives
                }
            } else if (Spelled.isNumberWord(w)) {
                r = Spelled.cardinalWords(10 + random.nextInt(80));
                String lowOriginal = original.toLowerCase(Locale.ROOT);
                for (int tries = 0; tries < 20 && sharesAnyWord(lowOriginal, r); tries++) {
                    r = Spelled.cardinalWords(10 + random.nextInt(80)); // "twenty four" never "twenty one"
                }
            } else if (k.length() == 1) {
                char drawn = (char) ('a' + (w.charAt(0) - 'a' + 1 + random.nextInt(25)) % 26);
                r = String.valueOf(SurrogateDraws.otherLetter(drawn, original, random));
            } else if (k.hasDigit || k.upper) {
                r = shape(original.substring(k.start, k.end)); // "SD 7781": other capitals, other digits
            } else {
                r = pick(lx.surrogateFirst, null).toLowerCase(Locale.ROOT);
            }
            sb.append(Case.of(original.substring(k.start, k.end)).apply(r));
            last = k.end;
        }
        return sb.append(original, last, original.length()).toString();
    }

    /** Same shape: each digit by a digit, each letter by a letter of the same case; digit words by digit words. */
    private String shape(String original) {
        List<Tok> toks = Tok.split(original);
        String spoken = spokenShape(original, toks);
        if (spoken != null) {
            return spoken;
        }
        boolean spelled = !toks.isEmpty();
        for (Tok k : toks) {
            spelled &= Spelled.DIGIT.containsKey(k.low) || Spelled.UNITS.containsKey(k.low)
                    || Spelled.TENS.containsKey(k.low) || k.low.equals("double") || k.low.equals("triple");
        }
        if (spelled) {
            // "five five five, one two one two": digit words for digit words
            StringBuilder sb = new StringBuilder(original.length());
            int last = 0;
            for (Tok k : toks) {
                sb.append(original, last, k.start);
                Integer was = Spelled.DIGIT.get(k.low);
                int d = random.nextInt(10);
                if (was != null && d == was) {
                    d = (d + 1 + random.nextInt(9)) % 10;
                }
                String w = Spelled.cardinalWords(d);
                sb.append(Case.of(original.substring(k.start, k.end)).apply(w));
                last = k.end;
            }
            return sb.append(original, last, original.length()).toString();
        }
        StringBuilder sb = new StringBuilder(original.length());
        boolean first = true;
        int single = 0;
        for (Tok k : toks) {
            single += k.digits && k.length() == 1 ? 1 : 0;
        }
        boolean spaced = single >= 3;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isDigit(c)) {
                // no leading zero or one, so that phone numbers stay well formed
                // every digit changes
                int d = first ? 2 + random.nextInt(8) : random.nextInt(10);
                if (d == c - '0') {
                    d = first ? 2 + (d - 2 + 1 + random.nextInt(7)) % 8 : (d + 1 + random.nextInt(9)) % 10;
                }
                for (int tries = 0; spaced && tries < 20 && original.indexOf((char) ('0' + d)) >= 0; tries++) {
                    d = random.nextInt(10); // "4 4 1 0 9": digits read one by one share no digit with the original
                }
                sb.append((char) ('0' + d));
                first = false;
            } else if (Character.isUpperCase(c)) {
                sb.append(Character.toUpperCase(SurrogateDraws.otherLetter((char) ('a' + random.nextInt(26)), original, random)));
            } else if (Character.isLowerCase(c)) {
                sb.append(SurrogateDraws.otherLetter((char) ('a' + random.nextInt(26)), original, random));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
