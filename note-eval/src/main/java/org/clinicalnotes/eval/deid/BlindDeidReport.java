package org.clinicalnotes.eval.deid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.deid.DeidentifiedTranscript;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptFormat;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.transcript.Utterance;

/**
 * Scores the de-identifier on a PHI set in the blind format (JSON Lines: {@code id}, {@code format
 * speaker-colon|tagged|webvtt|json}, {@code style clean|asr}, {@code text} = the whole file, {@code phi[]
 * {entity, value, category}} where every occurrence of {@code value} is PHI, {@code keep[]} terms that must stay).
 *
 * <p>The file is read as the CLI reads it; each speaker label and utterance text is compared, word by word
 * (a longest-common-subsequence alignment, case-insensitive), with its de-identified version. A PHI item is
 * caught only when, in every occurrence, no distinctive word of it survives (titles, street and facility
 * suffixes, generic parts of place names, joining words and a year alone are not distinctive); a code said in
 * digits, number words or letters is caught when its whole sequence is gone. A keep-term is kept when all its words survive
 * in every occurrence. Over-redaction is the share of words outside every PHI occurrence that changed.
 *
 * <p>Run: {@code java -cp examples/target/clinical-notes.jar org.clinicalnotes.eval.deid.BlindDeidReport
 * [--misses N] RESOURCE...} with resources such as {@code /deid-blind/dev-2026-12/dev.jsonl}.
 *
 * @since 0.2.0
 */
public final class BlindDeidReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words that identify nobody on their own. */
    static final Set<String> GENERIC = Set.of("dr", "doctor", "mr", "mrs", "ms", "miss", "mister", "the", "of",
            "and", "at", "in", "on", "st", "street", "road", "rd", "avenue", "ave", "drive", "lane", "ln",
            "boulevard", "blvd", "court", "ct", "way", "place", "apt", "apartment", "unit", "suite", "hospital",
            "clinic", "medical", "health", "school", "university", "college", "county",
            "dot", "com", "org", "net", "edu", "gov", "www", "http", "https", "slash", "number", "no", "s",
            "north", "south", "east", "west", "jr", "sr", "a", "to", "from", "th", "nd",
            // generic parts of place and facility names: "Saint", "Heights", "Elementary" name no place alone
            "saint", "mount", "mt", "fort", "heights", "city", "park", "valley", "falls", "springs", "beach", "lake",
            "hills", "village", "elementary", "middle", "high", "church", "temple", "gym", "pharmacy", "hospice",
            "shelter", "academy", "memorial", "general", "community", "regional", "children", "lutheran", "baptist",
            "catholic", "methodist", "home", "house", "services", "care", "family", "center", "centre", "office",
            // relative words in a date ("the twenty ninth of last month", "the day after Labor Day")
            "last", "next", "this", "month", "week", "year", "day", "after", "before",
            // file extensions and the words a code is spelled with
            "jpg", "jpeg", "png", "heic", "gif", "mov", "mp4", "pdf", "img", "underscore", "dash", "hyphen", "like",
            "as", "um", "uh", "apostrophe", "space");

    /** Words a code is said with: a code is caught when its whole sequence is gone, not word by word. */
    static final Set<String> CODE_WORDS = Set.of("zero", "oh", "o", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "thousand", "double", "triple", "dash", "hyphen", "dot", "underscore", "slash",
            "and", "a", "half", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
            "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
            "uniform", "victor", "whiskey", "xray", "yankee", "zulu", "as", "in", "like", "um", "uh");

    /** Whether every word of a value is a digit group, a number word or a single letter. */
    static boolean isCode(String value) {
        List<Word> w = words(value);
        if (w.isEmpty()) {
            return false;
        }
        boolean digit = false;
        for (Word x : w) {
            boolean d = x.low().chars().anyMatch(Character::isDigit);
            digit |= d || CODE_WORDS.contains(x.low()) && !x.low().equals("a");
            if (!(d || x.low().length() == 1 || CODE_WORDS.contains(x.low()))) {
                return false;
            }
        }
        return digit;
    }

    private BlindDeidReport() {
    }

    record Item(String entity, String value, String category) {
    }

    record Case(String id, String format, String style, String text, List<Item> phi, List<String> keep) {
    }

    /** The words of a text with their offsets. */
    record Word(int start, int end, String low) {
    }

    /** Totals for one slice. */
    static final class Tally {
        int items;
        int caught;
        int keep;
        int kept;
        int words;
        int changed;

        String recall() {
            return items == 0 ? "-" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * caught / items, caught,
                    items);
        }
    }

    static List<Case> load(String resource) {
        List<Case> out = new ArrayList<>();
        try (InputStream in = BlindDeidReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                List<Item> phi = new ArrayList<>();
                for (JsonNode p : n.path("phi")) {
                    phi.add(new Item(p.path("entity").asText(), p.path("value").asText(), p.path("category").asText()));
                }
                List<String> keep = new ArrayList<>();
                for (JsonNode k : n.path("keep")) {
                    keep.add(k.asText());
                }
                out.add(new Case(n.path("id").asText(), n.path("format").asText(), n.path("style").asText(),
                        n.path("text").asText(), phi, keep));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static TranscriptFormat format(String name) {
        return switch (name) {
            case "speaker-colon" -> TranscriptFormat.SPEAKER_COLON;
            case "tagged" -> TranscriptFormat.TAGGED;
            case "webvtt" -> TranscriptFormat.WEBVTT;
            case "json" -> TranscriptFormat.JSON;
            default -> TranscriptFormat.AUTO;
        };
    }

    static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                int b = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || (s.charAt(i) == '\''
                        || s.charAt(i) == '\u2019') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Word(b, i, s.substring(b, i).toLowerCase(Locale.ROOT)));
            } else {
                i++;
            }
        }
        return out;
    }

    /** For each word of a, whether it survives unchanged in b (longest common subsequence). */
    static boolean[] survivors(List<Word> a, List<Word> b) {
        int n = a.size();
        int m = b.size();
        int[][] dp = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                dp[i][j] = a.get(i).low().equals(b.get(j).low()) ? dp[i + 1][j + 1] + 1
                        : Math.max(dp[i + 1][j], dp[i][j + 1]);
            }
        }
        boolean[] out = new boolean[n];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).low().equals(b.get(j).low())) {
                out[i] = true;
                i++;
                j++;
            } else if (dp[i + 1][j] >= dp[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** One speaker label or utterance text, before and after. */
    record Surface(String where, String before, String after, List<Word> words, boolean[] survived) {
    }

    static List<Surface> surfaces(Transcript in, Transcript out) {
        List<Surface> s = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Utterance a = in.utterances().get(i);
            Utterance b = out.utterances().get(i);
            List<Word> la = words(a.speaker().label());
            s.add(new Surface(a.id() + " label", a.speaker().label(), b.speaker().label(), la,
                    survivors(la, words(b.speaker().label()))));
            List<Word> ta = words(a.text());
            s.add(new Surface(a.id(), a.text(), b.text(), ta, survivors(ta, words(b.text()))));
        }
        return s;
    }

    /** Runs one set and appends its report. */
    /**
     * Scores one blind file into {@code md}.
     *
     * @return the totals over the whole file (and per category)
     */
    static Totals score(String resource, int maxMisses, StringBuilder md) {
        List<Case> cases = load(resource);
        SafeHarborDeidentifier deid = SafeHarborDeidentifier.builder().seed(20261207L).build();
        Map<String, Tally> byCategory = new TreeMap<>();
        Map<String, Tally> bySlice = new TreeMap<>();
        Tally all = new Tally();
        List<String> misses = new ArrayList<>();
        List<String> keepMisses = new ArrayList<>();
        Map<String, Integer> overRedacted = new TreeMap<>();
        int unlocated = 0;
        List<String> unreadable = new ArrayList<>();
        int entities = 0;
        int entitiesCaught = 0;
        for (Case c : cases) {
            Transcript t;
            try {
                t = TranscriptReader.builder().format(format(c.format())).build().read(c.text(), c.id());
            } catch (BadInputException e) {
                // the reader refuses the file as a user's file would be refused: the case is left out and listed
                unreadable.add(c.id() + " (" + e.code() + ", " + c.phi().size() + " PHI items)");
                continue;
            }
            DeidentifiedTranscript d = deid.deidentify(t);
            List<Surface> surf = surfaces(t, d.redaction().transcript());
            List<boolean[]> phiWord = new ArrayList<>();
            for (Surface s : surf) {
                phiWord.add(new boolean[s.words().size()]);
            }
            Map<String, Boolean> entityCaught = new LinkedHashMap<>();
            for (Item it : c.phi()) {
                boolean found = false;
                boolean caught = true;
                String example = null;
                boolean code = isCode(it.value());
                String seq = " " + String.join(" ", words(it.value()).stream().map(Word::low).toList()) + " ";
                for (int si = 0; si < surf.size(); si++) {
                    Surface s = surf.get(si);
                    int at = s.before().indexOf(it.value());
                    if (code && at >= 0 && (" " + String.join(" ", words(s.after()).stream().map(Word::low)
                            .toList()) + " ").contains(seq)) {
                        caught = false;
                        example = s.where() + ": " + snippet(s.before(), at, at + it.value().length());
                    }
                    while (at >= 0) {
                        found = true;
                        int end = at + it.value().length();
                        for (int w = 0; w < s.words().size(); w++) {
                            Word word = s.words().get(w);
                            if (word.start() >= end || word.end() <= at) {
                                continue;
                            }
                            phiWord.get(si)[w] = true;
                            boolean distinctive = !GENERIC.contains(word.low())
                                    && !(it.category().equals("DATE") && (word.low().matches("(19|20)\\d\\d")
                                    || word.start() >= at + yearFrom(it.value())));
                            if (distinctive && s.survived()[w] && !code) {
                                caught = false;
                                example = s.where() + ": " + snippet(s.before(), at, end);
                            }
                        }
                        at = s.before().indexOf(it.value(), at + 1);
                    }
                }
                if (!found) {
                    unlocated++;
                    continue;
                }
                entityCaught.merge(it.entity(), caught, Boolean::logicalAnd);
                for (Tally x : List.of(all, byCategory.computeIfAbsent(it.category(), k -> new Tally()),
                        bySlice.computeIfAbsent(c.format() + "/" + c.style(), k -> new Tally()))) {
                    x.items++;
                    x.caught += caught ? 1 : 0;
                }
                if (!caught) {
                    misses.add(c.id() + " " + it.category() + " \"" + it.value() + "\" in " + example);
                }
            }
            entities += entityCaught.size();
            entitiesCaught += (int) entityCaught.values().stream().filter(b -> b).count();
            for (String k : c.keep()) {
                boolean kept = true;
                boolean found = false;
                for (Surface s : surf) {
                    int at = s.before().indexOf(k);
                    while (at >= 0) {
                        found = true;
                        int end = at + k.length();
                        for (int w = 0; w < s.words().size(); w++) {
                            Word word = s.words().get(w);
                            if (word.start() < end && word.end() > at && !s.survived()[w]) {
                                kept = false;
                            }
                        }
                        at = s.before().indexOf(k, at + 1);
                    }
                }
                if (!found) {
                    continue;
                }
                all.keep++;
                all.kept += kept ? 1 : 0;
                if (!kept) {
                    keepMisses.add(c.id() + " \"" + k + "\"");
                }
            }
            for (int si = 0; si < surf.size(); si++) {
                Surface s = surf.get(si);
                for (int w = 0; w < s.words().size(); w++) {
                    if (!phiWord.get(si)[w]) {
                        all.words++;
                        if (!s.survived()[w]) {
                            all.changed++;
                            overRedacted.merge(s.words().get(w).low(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        md.append("## ").append(resource).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d conversations, %d PHI items (%d entities), %d not found in the "
                + "parsed text%n%n", cases.size(), all.items, entities, unlocated));
        if (!unreadable.isEmpty()) {
            md.append("Refused by the transcript reader and left out of every figure: ")
                    .append(String.join(", ", unreadable)).append("\n\n");
        }
        md.append("| measure | value |\n|---|---|\n");
        md.append("| recall, items | ").append(all.recall()).append(" |\n");
        md.append(String.format(Locale.ROOT, "| recall, entities (every form caught) | %.1f %% (%d/%d) |%n",
                100.0 * entitiesCaught / Math.max(1, entities), entitiesCaught, entities));
        md.append(String.format(Locale.ROOT, "| keep-terms kept | %.1f %% (%d/%d) |%n",
                100.0 * all.kept / Math.max(1, all.keep), all.kept, all.keep));
        md.append(String.format(Locale.ROOT, "| non-PHI words changed | %.2f %% (%d/%d) |%n%n",
                100.0 * all.changed / Math.max(1, all.words), all.changed, all.words));
        md.append("| category | recall |\n|---|---|\n");
        byCategory.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.recall()).append(" |\n"));
        md.append("\n| format/style | recall |\n|---|---|\n");
        bySlice.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v.recall()).append(" |\n"));
        md.append("\n### Missed items (").append(misses.size()).append(")\n\n");
        misses.stream().limit(maxMisses).forEach(m -> md.append("- ").append(m).append('\n'));
        md.append("\n### Keep-terms changed (").append(keepMisses.size()).append(")\n\n");
        keepMisses.stream().limit(maxMisses).forEach(m -> md.append("- ").append(m).append('\n'));
        md.append("\n### Non-PHI words changed, most frequent\n\n");
        overRedacted.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(maxMisses)
                .forEach(e -> md.append(e.getKey()).append(" (").append(e.getValue()).append("), "));
        md.append("\n\n");
        return new Totals(all, Map.copyOf(byCategory));
    }

    /** The totals of one scored file. */
    record Totals(Tally all, Map<String, Tally> byCategory) {
    }

    /**
     * Where a year said in words ends a date ("june the fourth nineteen thirty two", "april second two thousand
     * twelve"): a year alone is not PHI. Returns the offset in the value, or its length when there is none.
     */
    static int yearFrom(String value) {
        List<Word> w = words(value);
        for (int k = 1; k + 1 < w.size(); k++) {
            String a = w.get(k).low();
            boolean start = (a.equals("nineteen") || a.equals("twenty")) && !w.get(k - 1).low().equals("the")
                    && !w.get(k - 1).low().equals("twenty") || a.equals("two") && w.get(k + 1).low().equals("thousand");
            if (!start) {
                continue;
            }
            boolean numbers = true;
            for (int j = k + 1; j < w.size(); j++) {
                numbers &= CODE_WORDS.contains(w.get(j).low());
            }
            boolean ordinalAfter = w.get(k + 1).low().endsWith("th") || w.get(k + 1).low().equals("first")
                    || w.get(k + 1).low().equals("second") || w.get(k + 1).low().equals("third");
            if (numbers && !ordinalAfter) {
                return w.get(k).start();
            }
        }
        return value.length();
    }

    private static String snippet(String s, int at, int end) {
        int a = Math.max(0, at - 40);
        int b = Math.min(s.length(), end + 40);
        return "…" + s.substring(a, at) + "[[" + s.substring(at, end) + "]]" + s.substring(end, b) + "…";
    }

    /**
     * @param args {@code [--misses N] RESOURCE...}
     */
    public static void main(String[] args) {
        int misses = 400;
        StringBuilder md = new StringBuilder("# De-identification on blind sets\n\n");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--misses")) {
                misses = Integer.parseInt(args[++i]);
            } else {
                score(args[i], misses, md);
            }
        }
        System.out.print(md);
    }
}
