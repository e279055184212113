package org.clinicalnotes.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.transcript.internal.SpeakerRoles;

/**
 * Reads a conversation from text into a {@link Transcript}: tagged lines ({@code [doctor] …}), speaker lines
 * ({@code Doctor: …}), WebVTT with {@code <v Name>} voices, or JSON. The format is detected from the content
 * ({@link TranscriptFormat#AUTO}, the default) or forced.
 *
 * <pre>{@code
 * Transcript t = TranscriptReader.defaults().read(Path.of("visit.txt"));
 * TranscriptReader r = TranscriptReader.builder()
 *         .format(TranscriptFormat.WEBVTT)
 *         .maxBytes(20_000_000)
 *         .roleOverride("Maria", SpeakerRole.PATIENT)
 *         .build();
 * }</pre>
 *
 * <h2>Formats</h2>
 * <ul>
 *   <li><b>TAGGED</b>: a line starting with {@code [label]} starts a turn (ACI-Bench style). A tag is at most
 *       30 characters: a letter, then letters, spaces, dots, apostrophes, underscores or hyphens, then up to
 *       three digits ({@code [doctor]}, {@code [patient_guest]}, {@code [Dr. Lee]}, {@code [SPEAKER_01]}).
 *       Annotations such as {@code [inaudible]}, {@code [laughter]} or {@code [ inaudible 00:09:25 ]} are
 *       text, not speakers.</li>
 *   <li><b>SPEAKER_COLON</b>: a line starting with {@code Label:} starts a turn (MTS-Dialog style; leading
 *       spaces allowed). The label is at most 40 characters and 4 words, starts with a letter, has digits only
 *       at its end ({@code Doctor_2}), is not followed by a digit or slash ({@code 10:30}, {@code https://})
 *       and is not a note heading ({@code Note:}, {@code Plan:}, {@code BP:}, …). A label of several words
 *       must be a known role, capitalised ({@code Dr. Smith}) or start at least two lines.</li>
 *   <li><b>WEBVTT</b>: cues with {@code hh:mm:ss.ttt --> hh:mm:ss.ttt} (hours optional) timings, kept as the
 *       utterance's start and end; {@code <v Name>} and {@code <v.class Name>} name the speaker, other tags are
 *       removed, NOTE, STYLE and REGION blocks skipped. Each cue is one utterance, even when the same voice
 *       speaks in consecutive cues; a cue without a voice keeps the previous speaker ({@code unknown} at
 *       first).</li>
 *   <li><b>JSON</b>: an array of {@code {"speaker", "text", "start"?, "end"?}} objects, or
 *       {@code {"utterances": [...]}}; times in seconds or {@code "hh:mm:ss.mmm"}; elements with empty text are
 *       skipped.</li>
 * </ul>
 * In the line formats a line without a speaker continues the previous turn (joined with a space), and text
 * before the first turn becomes a turn of an OTHER speaker labelled {@code unknown}. Line ends may be LF, CRLF
 * or CR; a leading UTF-8 byte order mark is dropped.
 *
 * <h2>Detection</h2>
 * JSON when the first non-blank character is <code>&#123;</code>, or <code>[</code> followed by
 * <code>&#123;</code> or <code>]</code>; WebVTT when the text
 * starts with {@code WEBVTT}; otherwise TAGGED when at least as many lines start with a speaker tag as with a
 * speaker label, SPEAKER_COLON when some line starts with a speaker label; otherwise no speaker turns.
 *
 * <h2>Speakers</h2>
 * Labels are kept as written (trimmed, without brackets or colon) and mapped to a role by the
 * {@linkplain Builder#roleOverride overrides}, then by the default label mapping ({@code SpeakerRoles}). Utterances are
 * numbered {@code u1}, {@code u2}, … in order.
 *
 * <h2>Errors</h2>
 * Every problem with the input is a {@link BadInputException} (CLI exit code 3) naming the source and, where
 * there is one, the line, with a hint; never the content. Codes: CN-1001 file does not exist, CN-1002 is a
 * folder, CN-1003 cannot be read, CN-1004 empty, CN-1005 over the size limit, CN-1006 binary, CN-1007 not
 * UTF-8, CN-1008 no speaker turns, CN-1009 malformed JSON, CN-1010 JSON element without {@code speaker} or
 * {@code text} (or with a bad field), CN-1011 malformed WebVTT cue or timing, CN-1012 WebVTT header missing.
 *
 * <p>Immutable and thread-safe: one instance may serve any number of threads.
 *
 * @since 0.1.0
 */
public final class TranscriptReader {

    /** The default size limit: 5 MiB (5,242,880 bytes). */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** Label of the speaker of text that no speaker label introduces. */
    static final String UNKNOWN_LABEL = "unknown";

    private static final TranscriptReader DEFAULTS = builder().build();
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final TranscriptFormat format;
    private final long maxBytes;
    private final Map<String, RoleOverride> overrides;

    private TranscriptReader(Builder b) {
        this.format = b.format;
        this.maxBytes = b.maxBytes;
        this.overrides = Map.copyOf(b.overrides);
    }

    /**
     * @return a builder with the defaults: {@link TranscriptFormat#AUTO}, {@link #DEFAULT_MAX_BYTES}, no role
     *         overrides
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the shared reader with the default settings
     * @since 0.1.0
     */
    public static TranscriptReader defaults() {
        return DEFAULTS;
    }

    /**
     * @return a builder holding this reader's settings
     * @since 0.1.0
     */
    public Builder toBuilder() {
        Builder b = new Builder().format(format).maxBytes(maxBytes);
        for (RoleOverride o : overrides.values()) {
            b.roleOverride(o.label, o.role);
        }
        return b;
    }

    /**
     * @return the configured format; {@link TranscriptFormat#AUTO} means detected per input
     * @since 0.1.0
     */
    public TranscriptFormat format() {
        return format;
    }

    /**
     * @return the largest input accepted, in bytes (UTF-8 bytes for {@link #read(String, String)})
     * @since 0.1.0
     */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a transcript file. The source name in errors and in the {@link Transcript} is the path as given.
     *
     * @param file the file; not null
     * @return the transcript
     * @throws BadInputException if the file does not exist, is a folder, cannot be read, is empty, over the
     *         size limit, binary or not UTF-8, or its content is not a transcript (see the class documentation)
     * @throws NullPointerException if {@code file} is null
     * @since 0.1.0
     */
    public Transcript read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw ReadErrors.directory(source);
        }
        if (!Files.exists(file)) {
            throw ReadErrors.notFound(source);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            checkSize(source, size);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ReadErrors.notFound(source);
        } catch (IOException e) {
            throw ReadErrors.unreadable(source, e);
        }
        return read(bytes, source);
    }

    /**
     * Reads a transcript from UTF-8 bytes (a leading byte order mark is dropped).
     *
     * @param bytes the content; not null, not modified
     * @param sourceName a name for errors and {@link Transcript#source()}, such as a file name; not null
     * @return the transcript
     * @throws BadInputException if the bytes are empty, over the size limit, binary or not UTF-8, or the
     *         content is not a transcript
     * @throws NullPointerException if an argument is null
     * @since 0.1.0
     */
    public Transcript read(byte[] bytes, String sourceName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourceName, "sourceName");
        checkSize(sourceName, bytes.length);
        if (bytes.length == 0) {
            throw ReadErrors.empty(sourceName, false);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw ReadErrors.notUtf8(sourceName, 1, "the file is UTF-16");
        }
        int offset = TextBytes.startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        TextBytes.checkBinary(sourceName, bytes, offset);
        return parse(TextBytes.decode(sourceName, bytes, offset), sourceName);
    }

    /**
     * Reads a transcript from text (a leading byte order mark is dropped).
     *
     * @param text the content; not null
     * @param sourceName a name for errors and {@link Transcript#source()}, such as a file name; not null
     * @return the transcript
     * @throws BadInputException if the text is empty, over the size limit (counted in UTF-8 bytes), binary,
     *         or not a transcript
     * @throws NullPointerException if an argument is null
     * @since 0.1.0
     */
    public Transcript read(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        checkSize(sourceName, TextBytes.utf8Length(text));
        if (text.isEmpty()) {
            throw ReadErrors.empty(sourceName, false);
        }
        String t = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        TextBytes.checkBinary(sourceName, t);
        return parse(t, sourceName);
    }

    /**
     * Tells which format {@link #read(String, String)} would use for this text: the configured format when it
     * is not {@link TranscriptFormat#AUTO}, otherwise the detected one. Does not validate the content.
     *
     * @param text the content; not null
     * @return the format, or empty when the text has no recognisable speaker turns
     * @throws NullPointerException if {@code text} is null
     * @since 0.1.0
     */
    public Optional<TranscriptFormat> detectFormat(String text) {
        Objects.requireNonNull(text, "text");
        if (format != TranscriptFormat.AUTO) {
            return Optional.of(format);
        }
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return Optional.ofNullable(detect(t, lines(t)));
    }

    // ---------------------------------------------------------------- parsing

    private Transcript parse(String text, String source) {
        if (text.isBlank()) {
            throw ReadErrors.empty(source, true);
        }
        String[] lines = lines(text);
        TranscriptFormat f = format;
        if (f == TranscriptFormat.AUTO) {
            f = detect(text, lines);
            if (f == null) {
                throw ReadErrors.noTurns(source, "no line starts with [speaker] or Speaker:");
            }
        }
        List<RawTurn> turns = switch (f) {
            case TAGGED -> LineFormats.parseTagged(lines);
            case SPEAKER_COLON -> LineFormats.parseColon(lines, knownRole());
            case WEBVTT -> WebVttFormat.parse(lines, source);
            case JSON -> JsonFormat.parse(text, source);
            case AUTO -> throw new IllegalStateException("format not resolved");
        };
        List<Utterance> utterances = new ArrayList<>(turns.size());
        for (RawTurn t : turns) {
            if (t.hasText()) {
                utterances.add(new Utterance("u" + (utterances.size() + 1), speaker(t.label), t.text.toString(),
                        t.start, t.end));
            }
        }
        if (utterances.isEmpty()) {
            throw ReadErrors.noTurns(source, switch (f) {
                case TAGGED -> "no line starts with a [speaker] tag";
                case SPEAKER_COLON -> "no line starts with a Speaker: label";
                case WEBVTT -> "no cue has text";
                case JSON -> "no element has text";
                case AUTO -> "unknown format";
            });
        }
        return new Transcript(utterances, source);
    }

    private TranscriptFormat detect(String text, String[] lines) {
        if (JsonFormat.looksLikeJson(text)) {
            return TranscriptFormat.JSON;
        }
        if (WebVttFormat.hasHeader(text)) {
            return TranscriptFormat.WEBVTT;
        }
        int tags = LineFormats.countTagStarts(lines);
        int colons = LineFormats.countColonStarts(lines, knownRole());
        if (tags == 0 && colons == 0) {
            return null;
        }
        return tags >= colons ? TranscriptFormat.TAGGED : TranscriptFormat.SPEAKER_COLON;
    }

    private Speaker speaker(String label) {
        RoleOverride o = overrides.get(key(label));
        return Speaker.of(o != null ? o.role : SpeakerRoles.roleOf(label), label);
    }

    private Predicate<String> knownRole() {
        return label -> overrides.containsKey(key(label)) || SpeakerRoles.roleOf(label) != SpeakerRole.OTHER;
    }

    private static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String[] lines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    // ---------------------------------------------------------------- byte checks

    private void checkSize(String source, long size) {
        if (size > maxBytes) {
            throw ReadErrors.tooLarge(source, size, maxBytes);
        }
    }

    @Override
    public String toString() {
        return "TranscriptReader[format=" + format + ", maxBytes=" + maxBytes + ", roleOverrides=" + overrides.size()
                + "]";
    }

    private record RoleOverride(String label, SpeakerRole role) {
    }

    /**
     * Builds a {@link TranscriptReader}. Not thread-safe; each {@link #build()} returns an independent reader.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private TranscriptFormat format = TranscriptFormat.AUTO;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private final Map<String, RoleOverride> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param format the format to read, or {@link TranscriptFormat#AUTO} to detect it (the default); not null
         * @return this builder
         * @throws NullPointerException if {@code format} is null
         * @since 0.1.0
         */
        public Builder format(TranscriptFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * @param maxBytes the largest input to accept, in bytes; default {@link #DEFAULT_MAX_BYTES}
         * @return this builder
         * @throws IllegalArgumentException if {@code maxBytes} is not positive
         * @since 0.1.0
         */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * Gives a label a role, ahead of the default mapping ({@code SpeakerRoles}): for example
         * {@code roleOverride("Maria", SpeakerRole.PATIENT)} for a WebVTT voice named Maria. Labels match
         * ignoring case and surrounding white space; a later call for the same label wins.
         *
         * @param label the speaker label as written in the transcript; not null or blank
         * @param role the role; not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code label} is blank
         * @since 0.1.0
         */
        public Builder roleOverride(String label, SpeakerRole role) {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(role, "role");
            if (label.isBlank()) {
                throw new IllegalArgumentException("label is blank");
            }
            overrides.put(key(label), new RoleOverride(label.strip(), role));
            return this;
        }

        /**
         * @return a reader with these settings
         * @since 0.1.0
         */
        public TranscriptReader build() {
            return new TranscriptReader(this);
        }
    }
}
