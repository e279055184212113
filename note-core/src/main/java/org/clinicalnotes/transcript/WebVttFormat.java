package org.clinicalnotes.transcript;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT: a {@code WEBVTT} header, then blocks separated by blank lines. NOTE, STYLE and REGION blocks are
 * skipped; a cue is an optional identifier line, a timing line and payload lines. {@code <v Name>} (or
 * {@code <v.class Name>}) names the speaker; other tags are removed and the common character references
 * decoded. Each cue (each voice span within a cue) becomes one turn carrying the cue's times; consecutive
 * cues of the same voice stay separate turns. A cue without a voice keeps the previous cue's speaker, or
 * {@code unknown} for the first. Stateless; thread-safe.
 */
final class WebVttFormat {

    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s+.*)?$");
    private static final Pattern TIMESTAMP = Pattern.compile("(?:(\\d{1,3}):)?([0-5]\\d):([0-5]\\d)[.,](\\d{3})");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?(?:[ \\t]+([^>]*))?>");
    private static final Pattern TAG = Pattern.compile("</?[^>]*>");

    private WebVttFormat() {
    }

    static boolean hasHeader(String text) {
        String t = text.stripLeading();
        return t.startsWith("WEBVTT") && (t.length() == 6 || Character.isWhitespace(t.charAt(6)));
    }

    static List<RawTurn> parse(String[] lines, String source) {
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i >= lines.length || !hasHeader(lines[i])) {
            throw ReadErrors.vttHeader(source);
        }
        while (i < lines.length && !lines[i].isBlank()) {
            i++; // header block
        }
        List<RawTurn> turns = new ArrayList<>();
        String speaker = TranscriptReader.UNKNOWN_LABEL;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            int blockEnd = i;
            while (blockEnd < lines.length && !lines[blockEnd].isBlank()) {
                blockEnd++;
            }
            i = blockEnd;
            String first = lines[blockStart];
            if (isKeywordBlock(first, "NOTE") || isKeywordBlock(first, "STYLE") || isKeywordBlock(first, "REGION")) {
                continue;
            }
            int timing;
            if (first.contains("-->")) {
                timing = blockStart;
            } else if (blockStart + 1 < blockEnd && lines[blockStart + 1].contains("-->")) {
                timing = blockStart + 1;
            } else {
                throw ReadErrors.vttCue(source, blockStart + 1, "cue has no timing line");
            }
            Matcher m = TIMING.matcher(lines[timing]);
            if (!m.matches()) {
                throw ReadErrors.vttCue(source, timing + 1, "malformed cue timing");
            }
            Duration start = timestamp(m.group(1), source, timing + 1);
            Duration end = timestamp(m.group(2), source, timing + 1);
            if (end.compareTo(start) < 0) {
                throw ReadErrors.vttCue(source, timing + 1, "cue ends before it starts");
            }
            StringBuilder payload = new StringBuilder();
            for (int k = timing + 1; k < blockEnd; k++) {
                if (lines[k].contains("-->")) {
                    throw ReadErrors.vttCue(source, k + 1, "timing line inside a cue (missing blank line?)");
                }
                payload.append(lines[k]).append('\n');
            }
            speaker = cue(payload.toString(), speaker, start, end, turns);
        }
        return turns;
    }

    /** Splits one cue's payload at voice tags; returns the speaker in effect at its end. */
    private static String cue(String payload, String speaker, Duration start, Duration end, List<RawTurn> out) {
        Matcher v = VOICE.matcher(payload);
        int from = 0;
        String current = speaker;
        while (v.find()) {
            add(out, current, payload.substring(from, v.start()), start, end);
            String name = v.group(1) == null ? "" : decode(TAG.matcher(v.group(1)).replaceAll("")).strip();
            if (!name.isEmpty()) {
                current = name;
            }
            from = v.end();
        }
        add(out, current, payload.substring(from), start, end);
        return current;
    }

    private static void add(List<RawTurn> out, String speaker, String raw, Duration start, Duration end) {
        String text = decode(TAG.matcher(raw).replaceAll("")).replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            out.add(new RawTurn(speaker, text, start, end));
        }
    }

    private static boolean isKeywordBlock(String line, String keyword) {
        return line.startsWith(keyword)
                && (line.length() == keyword.length() || Character.isWhitespace(line.charAt(keyword.length())));
    }

    private static Duration timestamp(String s, String source, int line) {
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) {
            throw ReadErrors.vttCue(source, line, "malformed cue timing");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return Duration.ofHours(hours)
                .plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(Long.parseLong(m.group(3)))
                .plusMillis(Long.parseLong(m.group(4)));
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
