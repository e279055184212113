package org.clinicalnotes.measure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.measure.Instrument;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Finds measurement scores said aloud: questionnaire totals (PHQ-9, PHQ-2, GAD-7, AUDIT, AUDIT-C, PCL-5,
 * EPDS, C-SSRS risk level) and vital signs (blood pressure, heart rate, temperature, SpO2, weight).
 * "Your PHQ-9 came out at 17 today, down from 21" gives PHQ-9 17 with previous value 21, band
 * {@code moderately severe}, dated the encounter day because "today" was said.
 *
 * <p>Values outside an instrument's range are ignored; numbers followed by a duration or count ("two
 * weeks", "five nights") are not scores. Vital signs are read from digits only. Local, deterministic,
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasureExtractor {

    private static final MeasureExtractor INSTANCE = new MeasureExtractor();

    private static final Map<Instrument, Pattern> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(Instrument.PHQ_9, p("\\bphq\\s*-?\\s*(?:9|nine)\\b|\\bpatient\\s+health\\s+questionnaire(?:\\s*-?\\s*(?:9|nine))?\\b"));
        NAMES.put(Instrument.PHQ_2, p("\\bphq\\s*-?\\s*(?:2|two)\\b"));
        NAMES.put(Instrument.GAD_7, p("\\bgad\\s*-?\\s*(?:7|seven)\\b"));
        NAMES.put(Instrument.AUDIT_C, p("\\baudit\\s*-?\\s*c\\b"));
        NAMES.put(Instrument.AUDIT, p("\\baudit\\b(?!\\s*-?\\s*c\\b)"));
        NAMES.put(Instrument.PCL_5, p("\\bpcl\\s*-?\\s*(?:5|five)\\b|\\bptsd\\s+checklist\\b"));
        NAMES.put(Instrument.EPDS, p("\\bepds\\b|\\bedinburgh(?:\\s+postnatal)?(?:\\s+depression)?(?:\\s+scale)?\\b"));
        NAMES.put(Instrument.C_SSRS, p("\\bc\\s*-?\\s*ssrs\\b|\\bcolumbia(?:\\s+suicide)?(?:\\s+severity)?(?:\\s+rating)?(?:\\s+scale)?\\b"));
    }

    private static final Pattern PREVIOUS_BEFORE = p("(?:\\bfrom|\\bpreviously|\\bcompared\\s+(?:to|with)|\\blast\\s+time(?:\\s+it\\s+was)?"
            + "|\\bbefore\\s+it\\s+was|\\bused\\s+to\\s+be)\\s*$");
    private static final Pattern PREVIOUS_AFTER = p("^\\s*(?:,\\s*)?(?:last\\s+(?:time|visit|session|month|week)|before\\b|previously"
            + "|at\\s+(?:intake|the\\s+last|your\\s+last)|(?:two|three|four|a\\s+few|\\d+)\\s+(?:weeks|months|days)\\s+ago"
            + "|a\\s+(?:week|month)\\s+ago|back\\s+then|when\\s+you\\s+started)");
    private static final Pattern TODAY = p("\\b(?:today|this\\s+morning|this\\s+afternoon|waiting\\s+room|just\\s+now|this\\s+visit"
            + "|right\\s+now|now)\\b");
    private static final Pattern RISK_LEVEL = p("\\b(no|low|moderate|high)\\s+risk\\b|\\b(negative)\\b");

    private static final Pattern BP = p("\\b(?:blood\\s+pressure|bp)\\b[^0-9.?!]{0,25}?(\\d{2,3})\\s*(?:over|/)\\s*(\\d{2,3})");
    private static final Pattern HR = p("\\b(?:heart\\s+rate|pulse(?:\\s+rate)?|hr)\\b[^0-9.?!]{0,20}?(\\d{2,3})\\b");
    private static final Pattern TEMP = p("\\b(?:temperature|temp)\\b[^0-9?!]{0,20}?(\\d{2,3}(?:\\.\\d)?)\\s*(?:degrees\\s*)?"
            + "(celsius|centigrade|c\\b|fahrenheit|f\\b)?");
    private static final Pattern SPO2 = p("\\b(?:oxygen(?:\\s+saturation|\\s+sat(?:uration)?|\\s+level)?|o2(?:\\s+sat\\w*)?|sats?"
            + "|spo2|pulse\\s+ox\\w*|saturation)\\b[^0-9.?!]{0,20}?(\\d{2,3})\\s*(?:%|percent)");
    private static final Pattern WEIGHT = p("\\b(?:weigh\\w*|weight)\\b[^0-9.?!]{0,20}?(\\d{2,3}(?:\\.\\d)?)\\s*"
            + "(pounds|lbs?|kilograms|kilos|kg)\\b(?:[^0-9.?!]{0,20}?\\b(?:up|down)\\s+from\\s+(\\d{2,3}(?:\\.\\d)?))?");

    private MeasureExtractor() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** @return the extractor */
    public static MeasureExtractor create() {
        return INSTANCE;
    }

    /**
     * @param transcript the original transcript; not null
     * @param encounterDate the day of the encounter, used when a score is said to be from today; may be null
     * @return the scores in order of first mention, one per instrument and value
     */
    public List<MeasureScore> extract(Transcript transcript, LocalDate encounterDate) {
        Objects.requireNonNull(transcript, "transcript");
        Map<String, MeasureScore> out = new LinkedHashMap<>();
        for (Utterance u : transcript.utterances()) {
            String text = u.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            List<String> sentences = splitSentences(text);
            for (int si = 0; si < sentences.size(); si++) {
                String s = sentences.get(si);
                // exact gates: a score needs an instrument's name, a vital sign a digit; most sentences have neither
                boolean named = mayName(s);
                boolean digits = hasDigit(s);
                if (!named && !digits) {
                    continue;
                }
                String next = si + 1 < sentences.size() ? sentences.get(si + 1) : "";
                LocalDate date = TODAY.matcher(s).find() ? encounterDate : null;
                if (named) {
                    scores(s, next, date, u.id(), out);
                }
                if (digits) {
                    vitals(s, date, u.id(), out);
                }
            }
        }
        return List.copyOf(out.values());
    }

    private record Mention(Instrument instrument, int start, int end) {
    }

    private static void scores(String s, String next, LocalDate date, String id, Map<String, MeasureScore> out) {
        List<Mention> mentions = new ArrayList<>();
        for (Map.Entry<Instrument, Pattern> e : NAMES.entrySet()) {
            Matcher m = e.getValue().matcher(s);
            while (m.find()) {
                int st = m.start();
                if (mentions.stream().noneMatch(x -> st >= x.start && st < x.end)) {
                    mentions.add(new Mention(e.getKey(), m.start(), m.end()));
                }
            }
        }
        if (mentions.isEmpty()) {
            return; // numbers are read only where an instrument is named
        }
        mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        List<Numbers.Num> nums = Numbers.scores(s);
        for (int i = 0; i < mentions.size(); i++) {
            Mention mn = mentions.get(i);
            Instrument ins = mn.instrument;
            if (ins == Instrument.C_SSRS) {
                Matcher r = RISK_LEVEL.matcher(s).useTransparentBounds(true).region(mn.end, s.length());
                if (r.find()) {
                    String level = r.group(1) != null ? r.group(1) : "no";
                    double v = switch (level) {
                        case "low" -> 1;
                        case "moderate" -> 2;
                        case "high" -> 3;
                        default -> 0;
                    };
                    put(out, ins, v, "", date, null, id);
                }
                continue;
            }
            int segEnd = i + 1 < mentions.size() ? mentions.get(i + 1).start : s.length();
            int segStart = i > 0 ? mentions.get(i - 1).end : 0;
            Double value = null;
            Double previous = null;
            for (Numbers.Num n : nums) {
                if (n.start() < mn.end || n.start() >= segEnd || !ins.accepts(n.value())) {
                    continue;
                }
                if (isPrevious(s, n)) {
                    if (previous == null) {
                        previous = n.value();
                    }
                } else if (value == null) {
                    value = n.value();
                }
            }
            if (value == null) { // "you scored 17 on the PHQ-9"
                for (Numbers.Num n : nums) {
                    if (n.end() <= mn.start && n.start() >= segStart && ins.accepts(n.value()) && !isPrevious(s, n)) {
                        value = n.value();
                    }
                }
            }
            if (value == null && i == mentions.size() - 1 && !next.isEmpty()) { // "Your PHQ-9. It came out at 17."
                for (Numbers.Num n : Numbers.scores(next)) {
                    if (!ins.accepts(n.value())) {
                        continue;
                    }
                    if (isPrevious(next, n)) {
                        previous = previous == null ? n.value() : previous;
                    } else if (value == null) {
                        value = n.value();
                    }
                }
            }
            if (value != null) {
                put(out, ins, value, "", date, previous, id);
            }
        }
    }

    private static boolean isPrevious(String s, Numbers.Num n) {
        // short windows either side, never the whole turn (linear in the turn's length)
        return PREVIOUS_BEFORE.matcher(s).useTransparentBounds(true)
                .region(Math.max(0, n.start() - 40), n.start()).find()
                || PREVIOUS_AFTER.matcher(s).useTransparentBounds(true)
                .region(n.end(), Math.min(s.length(), n.end() + 60)).lookingAt();
    }

    /** Literals one of which every pattern in {@link #NAMES} needs (the text is in lower case). */
    private static final String[] NAME_LITERALS = {"phq", "questionnaire", "gad", "audit", "pcl", "checklist", "epds",
        "edinburgh", "ssrs", "columbia"};

    /** False only when no instrument name can occur in the lower-case sentence. */
    static boolean mayName(String s) {
        return containsAny(s, NAME_LITERALS);
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String... literals) {
        for (String l : literals) {
            if (s.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Each vital's pattern runs only when the sentence holds a word its pattern needs. */
    private static void vitals(String s, LocalDate date, String id, Map<String, MeasureScore> out) {
        if (containsAny(s, "blood", "bp")) {
            bloodPressure(s, date, id, out);
        }
        if (containsAny(s, "heart", "pulse", "hr")) {
            vital(HR, Instrument.HEART_RATE, "/min", s, date, id, out);
        }
        if (s.contains("temp")) {
            temperature(s, date, id, out);
        }
        if (containsAny(s, "oxygen", "o2", "sat", "pulse")) {
            vital(SPO2, Instrument.OXYGEN_SATURATION, "%", s, date, id, out);
        }
        if (s.contains("weigh")) {
            weight(s, date, id, out);
        }
    }

    private static void bloodPressure(String s, LocalDate date, String id, Map<String, MeasureScore> out) {
        Matcher m = BP.matcher(s);
        while (m.find()) {
            double sys = Double.parseDouble(m.group(1));
            double dia = Double.parseDouble(m.group(2));
            if (Instrument.BP_SYSTOLIC.accepts(sys) && Instrument.BP_DIASTOLIC.accepts(dia) && sys > dia) {
                put(out, Instrument.BP_SYSTOLIC, sys, "mm[Hg]", date, null, id);
                put(out, Instrument.BP_DIASTOLIC, dia, "mm[Hg]", date, null, id);
            }
        }
    }

    /** A vital whose pattern's first group is its value in one unit (heart rate, oxygen saturation). */
    private static void vital(Pattern pattern, Instrument instrument, String unit, String s, LocalDate date, String id,
            Map<String, MeasureScore> out) {
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            if (instrument.accepts(v)) {
                put(out, instrument, v, unit, date, null, id);
            }
        }
    }

    private static void temperature(String s, LocalDate date, String id, Map<String, MeasureScore> out) {
        Matcher m = TEMP.matcher(s);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String scale = m.group(2);
            boolean fahrenheit = scale != null ? scale.startsWith("f") : v > 45;
            if (Instrument.BODY_TEMPERATURE.accepts(v) && (fahrenheit ? v >= 80 : v <= 45)) {
                put(out, Instrument.BODY_TEMPERATURE, v, fahrenheit ? "[degF]" : "Cel", date, null, id);
            }
        }
    }


    private static void weight(String s, LocalDate date, String id, Map<String, MeasureScore> out) {
        Matcher m = WEIGHT.matcher(s);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2).startsWith("k") ? "kg" : "[lb_av]";
            Double prev = m.group(3) != null ? Double.valueOf(m.group(3)) : null;
            if (Instrument.BODY_WEIGHT.accepts(v)) {
                put(out, Instrument.BODY_WEIGHT, v, unit, date, prev, id);
            }
        }
    }

    private static void put(Map<String, MeasureScore> out, Instrument ins, double value, String unit, LocalDate date,
                            Double previous, String id) {
        String key = ins.shortName() + "|" + value;
        MeasureScore old = out.get(key);
        if (old != null) {
            List<String> ev = new ArrayList<>(old.evidence());
            if (!ev.contains(id)) {
                ev.add(id);
            }
            out.put(key, new MeasureScore(old.instrument(), value, unit, old.date() != null ? old.date() : date,
                    old.previousValue() != null ? old.previousValue() : previous, old.interpretation(), ev));
            return;
        }
        out.put(key, new MeasureScore(ins.shortName(), value, unit, date, previous, ins.band(value).orElse(null),
                List.of(id)));
    }

    private static List<String> splitSentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '?' || c == '!' || c == ';'
                    || c == '.' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)));
            if (end) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
