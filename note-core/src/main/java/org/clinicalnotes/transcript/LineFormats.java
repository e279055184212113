package org.clinicalnotes.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.clinicalnotes.transcript.internal.SpeakerRoles;

/**
 * The two line-based formats: {@code [label] text} (TAGGED) and {@code Label: text} (SPEAKER_COLON). A line
 * that does not start a turn continues the previous one; text before the first turn becomes a turn of an
 * {@code unknown} speaker. Stateless; thread-safe.
 */
final class LineFormats {

    /** Longest bracketed tag, without the brackets. */
    static final int MAX_TAG_CHARS = 30;
    /** Longest {@code Label:} label. */
    static final int MAX_COLON_CHARS = 40;
    /** Most words in a {@code Label:} label. */
    static final int MAX_COLON_WORDS = 4;

    /** Letters first; letters, marks, spaces, dots, apostrophes, underscores, hyphens; up to 3 trailing digits. */
    private static final Pattern LABEL = Pattern.compile("\\p{L}[\\p{L}\\p{M} .'\u2019_-]*\\d{0,3}");

    /** First words of bracketed annotations that are not speakers: {@code [inaudible]}, {@code [laughter]}. */
    private static final Set<String> NON_SPEAKER_TAGS = Set.of("inaudible", "unintelligible", "indiscernible",
            "incomprehensible", "crosstalk", "cross", "overlapping", "overtalk", "laughter", "laughs", "laughing",
            "laugh", "chuckles", "chuckling", "music", "pause", "pauses", "paused", "silence", "silent", "noise",
            "noises", "applause", "cough", "coughs", "coughing", "sigh", "sighs", "sighing", "sic", "redacted",
            "background", "unclear", "blank", "beep", "beeping", "foreign", "phone", "ringing", "static", "break",
            "end", "start", "audio", "video", "sound", "sounds", "clears", "long", "short", "no", "interruption",
            "interrupts", "typing", "knocking", "door", "crying", "cries", "sniffles", "inhales", "exhales",
            "whispers", "whispering", "mumbles", "mumbling", "pii", "phi", "name", "date", "time");

    /**
     * {@code Label:} labels, normalised as in {@code SpeakerRoles.normalize}, that start note text rather
     * than a turn: {@code Note:}, {@code Plan:}, {@code BP:}.
     */
    private static final Set<String> NON_SPEAKER_LABELS = Set.of("note", "notes", "nb", "ps", "p_s", "time", "date",
            "re", "subject", "example", "eg", "e_g", "ie", "i_e", "update", "reminder", "warning", "caution",
            "important", "edit", "addendum", "summary", "plan", "assessment", "impression", "diagnosis", "diagnoses",
            "allergies", "allergy", "medications", "medication", "meds", "history", "hpi", "cc", "ros", "exam",
            "vitals", "vital_signs", "bp", "hr", "rr", "temp", "temperature", "pulse", "weight", "height", "bmi",
            "spo", "sp_o", "o_sat", "labs", "lab", "results", "result", "chief_complaint",
            "history_of_present_illness", "physical_exam", "physical_examination", "review_of_systems",
            "assessment_and_plan", "past_medical_history", "social_history", "family_history", "surgical_history",
            "follow_up", "followup", "instructions", "comment", "comments", "subjective", "objective",
            "disposition", "procedure", "procedures", "findings", "indication", "indications", "reason",
            "reason_for_visit", "location", "address", "phone", "email", "e_mail", "tel", "fax", "http", "https",
            "ftp", "mailto", "dob", "mrn", "age", "sex", "gender", "name", "total", "score", "step", "tip", "hint",
            "source", "transcript", "encounter", "visit", "title", "duration", "setting", "session");

    private LineFormats() {
    }

    /** Where a turn starts in a line: its label and the index where its text begins. */
    record Start(String label, int textStart) {
    }

    // ---------------------------------------------------------------- TAGGED

    /**
     * @return the {@code [label]} that starts this line, or null when the line does not start with a
     *         speaker tag (no bracket, too long, digits first, an annotation like {@code [ inaudible 00:09:25 ]})
     */
    static Start tagStart(String line) {
        int i = skipBlanks(line, 0);
        if (i >= line.length() || line.charAt(i) != '[') {
            return null;
        }
        int close = line.indexOf(']', i + 1);
        if (close < 0 || close - i - 1 > MAX_TAG_CHARS) {
            return null;
        }
        String inner = line.substring(i + 1, close);
        return isSpeakerTag(inner) ? new Start(inner, close + 1) : null;
    }

    static boolean isSpeakerTag(String inner) {
        if (inner.isEmpty() || !inner.equals(inner.strip()) || !LABEL.matcher(inner).matches()) {
            return false;
        }
        String first = inner.toLowerCase(Locale.ROOT).split("[ _.\\-]", 2)[0];
        return !NON_SPEAKER_TAGS.contains(first);
    }

    static int countTagStarts(String[] lines) {
        int n = 0;
        for (String line : lines) {
            if (tagStart(line) != null) {
                n++;
            }
        }
        return n;
    }

    static List<RawTurn> parseTagged(String[] lines) {
        return parse(lines, LineFormats::tagStart);
    }

    // ---------------------------------------------------------------- SPEAKER_COLON

    /**
     * Finds the {@code Label:} candidate at the start of a line by syntax alone: at most 40 characters and 4
     * words, a letter first, digits only at the end, not a note heading such as {@code Note:} or
     * {@code Plan:}, and not followed by a digit or slash ({@code 10:30}, {@code https://}).
     *
     * @return the candidate, or null
     */
    static Start colonCandidate(String line) {
        int i = skipBlanks(line, 0);
        if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\u201C')) {
            i++; // a stray quote left by CSV export: "Doctor: ...
        }
        int colon = line.indexOf(':', i);
        if (colon < 0 || colon - i > MAX_COLON_CHARS + 2) {
            return null;
        }
        String label = line.substring(i, colon).strip();
        if (label.isEmpty() || label.length() > MAX_COLON_CHARS || !LABEL.matcher(label).matches()) {
            return null;
        }
        if (colon + 1 < line.length()) {
            char next = line.charAt(colon + 1);
            if (Character.isDigit(next) || next == '/' || next == ':') {
                return null;
            }
        }
        if (words(label).length > MAX_COLON_WORDS || NON_SPEAKER_LABELS.contains(SpeakerRoles.normalize(label))) {
            return null;
        }
        return new Start(label, colon + 1);
    }

    /**
     * Returns a line classifier for {@code Label:} turns in this text. A one-word label is a speaker; a
     * label of several words is one when {@code known} says so (a clinician or patient label, an override),
     * when every word is capitalised ({@code Dr. Lee}, {@code Maria Lopez}) or when it starts two or more
     * lines of the text.
     */
    static Function<String, Start> colonMatcher(String[] lines, Predicate<String> known) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            Start s = colonCandidate(line);
            if (s != null && words(s.label()).length > 1) {
                counts.merge(s.label().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return line -> {
            Start s = colonCandidate(line);
            if (s == null) {
                return null;
            }
            String[] words = words(s.label());
            if (words.length == 1 || known.test(s.label()) || capitalised(words)
                    || counts.getOrDefault(s.label().toLowerCase(Locale.ROOT), 0) >= 2) {
                return s;
            }
            return null;
        };
    }

    static int countColonStarts(String[] lines, Predicate<String> known) {
        Function<String, Start> m = colonMatcher(lines, known);
        int n = 0;
        for (String line : lines) {
            if (m.apply(line) != null) {
                n++;
            }
        }
        return n;
    }

    static List<RawTurn> parseColon(String[] lines, Predicate<String> known) {
        return parse(lines, colonMatcher(lines, known));
    }

    // ---------------------------------------------------------------- shared

    /**
     * Splits lines into turns. Returns an empty list when no line starts a turn, so that a text without
     * speakers is not read as one long turn of an unknown speaker.
     */
    private static List<RawTurn> parse(String[] lines, Function<String, Start> starts) {
        List<RawTurn> turns = new ArrayList<>();
        RawTurn current = null;
        boolean anyStart = false;
        for (String line : lines) {
            Start s = starts.apply(line);
            if (s != null) {
                current = new RawTurn(s.label().strip(), line.substring(s.textStart()), null, null);
                turns.add(current);
                anyStart = true;
            } else if (!line.isBlank()) {
                if (current == null) {
                    current = new RawTurn(TranscriptReader.UNKNOWN_LABEL, line, null, null);
                    turns.add(current);
                } else {
                    current.append(line);
                }
            }
        }
        return anyStart ? turns : List.of();
    }

    private static String[] words(String label) {
        return label.strip().split("[ \t]+");
    }

    private static boolean capitalised(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
