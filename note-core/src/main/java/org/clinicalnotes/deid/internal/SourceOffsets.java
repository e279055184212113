package org.clinicalnotes.deid.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.clinicalnotes.deid.DeidentifiedTranscript;
import org.clinicalnotes.deid.PhiSpan;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Maps spans over utterance texts and speaker labels back to offsets in the file text the transcript was
 * read from, for every input format: tagged and speaker lines (continuation lines joined), WebVTT (voice
 * tags, inline tags, cues over several lines) and JSON (escaped strings).
 *
 * <p>It aligns each utterance word by word with the file, in order, allowing only white space, JSON
 * escapes and markup tags between words, so that a word that also occurs earlier in the file is not
 * taken for the identifier. Stateless and thread-safe.
 *
 * <p>Not API (moved under {@code internal} in issue 19): the CLI's {@code deid}, the Spark engine and the
 * evaluation use it; it may change in any release.
 *
 * @since 0.1.0
 */
public final class SourceOffsets {

    private SourceOffsets() {
    }

    /**
     * @param source the text the transcript was read from (byte order mark removed or not); not null
     * @param deidentified the result of {@link SafeHarborDeidentifier#deidentify(Transcript)}; not null
     * @param original the transcript read from {@code source}; not null
     * @return the spans over {@code source}, in order, not overlapping
     * @throws IllegalStateException when an utterance cannot be found in the source (the source is not the
     *     text the transcript was read from); the message holds no text
     */
    public static List<PhiSpan> toSource(String source, Transcript original, DeidentifiedTranscript deidentified) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(deidentified, "deidentified");
        List<PhiSpan> out = new ArrayList<>();
        int cursor = 0;
        for (Utterance u : original.utterances()) {
            int labelEnd = cursor;
            List<PhiSpan> ls = deidentified.labelSpans().getOrDefault(u.id(), List.of());
            if (!ls.isEmpty()) {
                int[] pos = align(source, u.speaker().label(), cursor);
                if (pos == null) {
                    throw new IllegalStateException("cannot find the speaker label of utterance " + u.id()
                            + " in the source text");
                }
                map(u.speaker().label(), pos, ls, out);
                labelEnd = pos[pos.length - 1];
            }
            int[] pos = align(source, u.text(), labelEnd);
            if (pos == null) {
                pos = align(source, u.text(), cursor);
            }
            if (pos == null) {
                throw new IllegalStateException("cannot find utterance " + u.id() + " in the source text");
            }
            map(u.text(), pos, deidentified.spans(u.id()), out);
            cursor = Math.max(labelEnd, pos[pos.length - 1]);
        }
        out.sort(Comparator.comparingInt(PhiSpan::start));
        List<PhiSpan> merged = new ArrayList<>(out.size());
        for (PhiSpan s : out) {
            if (!merged.isEmpty() && s.start() < merged.get(merged.size() - 1).end()) {
                continue;
            }
            merged.add(s);
        }
        return merged;
    }

    /**
     * @param source the source text
     * @param spans spans over it, in order, not overlapping (from {@link #toSource})
     * @return the source with each span replaced by its surrogate
     */
    public static String replace(String source, List<PhiSpan> spans) {
        StringBuilder sb = new StringBuilder(source.length() + 32);
        int last = 0;
        for (PhiSpan s : spans) {
            sb.append(source, last, s.start()).append(s.surrogate());
            last = s.end();
        }
        return sb.append(source, last, source.length()).toString();
    }

    /** Source offsets of each word of {@code text}: start, end, start, end, …, or null. */
    private static int[] align(String source, String text, int from) {
        List<int[]> pieces = pieces(text);
        if (pieces.isEmpty()) {
            return null;
        }
        int[] first = pieces.get(0);
        String p0 = text.substring(first[0], first[1]);
        int at = from;
        for (int attempt = 0; attempt < 10_000; attempt++) {
            int[] f = find(source, p0, at);
            if (f == null) {
                return null;
            }
            int[] pos = new int[pieces.size() * 2];
            pos[0] = f[0];
            pos[1] = f[1];
            boolean ok = true;
            int cur = f[1];
            for (int i = 1; i < pieces.size() && ok; i++) {
                int g = skipGap(source, cur);
                String p = text.substring(pieces.get(i)[0], pieces.get(i)[1]);
                int[] m = matchAt(source, p, g);
                if (m == null) {
                    ok = false;
                } else {
                    pos[2 * i] = m[0];
                    pos[2 * i + 1] = m[1];
                    cur = m[1];
                }
            }
            if (ok) {
                return pos;
            }
            at = f[0] + 1;
        }
        return null;
    }

    private static void map(String text, int[] pos, List<PhiSpan> spans, List<PhiSpan> out) {
        if (spans.isEmpty()) {
            return;
        }
        List<int[]> pieces = pieces(text);
        for (PhiSpan s : spans) {
            int start = -1;
            int end = -1;
            for (int i = 0; i < pieces.size(); i++) {
                int[] p = pieces.get(i);
                boolean verbatim = pos[2 * i + 1] - pos[2 * i] == p[1] - p[0];
                if (start < 0 && s.start() < p[1]) {
                    start = verbatim ? pos[2 * i] + Math.max(0, s.start() - p[0]) : pos[2 * i];
                }
                if (s.end() > p[0]) {
                    end = verbatim ? pos[2 * i] + Math.min(p[1], s.end()) - p[0] : pos[2 * i + 1];
                }
            }
            if (start >= 0 && end > start) {
                out.add(new PhiSpan(start, end, s.category(), s.surrogate()));
            }
        }
    }

    private static List<int[]> pieces(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    private static int[] find(String source, String piece, int from) {
        int a = source.indexOf(piece, from);
        String esc = escaped(piece);
        int b = esc.equals(piece) ? -1 : source.indexOf(esc, from);
        if (a < 0 && b < 0) {
            return null;
        }
        if (a >= 0 && (b < 0 || a <= b)) {
            return new int[] {a, a + piece.length()};
        }
        return new int[] {b, b + esc.length()};
    }

    private static int[] matchAt(String source, String piece, int at) {
        if (source.startsWith(piece, at)) {
            return new int[] {at, at + piece.length()};
        }
        String esc = escaped(piece);
        if (!esc.equals(piece) && source.startsWith(esc, at)) {
            return new int[] {at, at + esc.length()};
        }
        return null;
    }

    /** Skips white space, JSON escapes of white space and markup tags. */
    private static int skipGap(String source, int i) {
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\\' && i + 1 < n && "ntr".indexOf(source.charAt(i + 1)) >= 0) {
                i += 2;
            } else if (c == '<') {
                int e = source.indexOf('>', i);
                if (e < 0 || e - i > 200) {
                    return i;
                }
                i = e + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    private static String escaped(String piece) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(piece));
    }
}
