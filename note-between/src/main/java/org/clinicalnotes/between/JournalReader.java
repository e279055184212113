package org.clinicalnotes.between;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clinicalnotes.BadInputException;

/**
 * Reads journal entries from JSON Lines, one object per line:
 * {@code {"id", "client", "time", "text"?, "mood"?, "anxiety"?, "sleepHours"?, "phq2"?: [a, b], "gad2"?: [a, b]}}.
 * {@code time} is ISO-8601 with an offset or zone ({@code 2026-03-02T22:10:00-05:00} or
 * {@code …[America/New_York]}). Blank lines and lines starting with {@code #} are skipped.
 *
 * <p>A bad line (not JSON, a missing or wrong field, a time without zone, a rating out of range, a repeated
 * id) is reported as a {@link LineProblem} with the file and line and never stops the rest. Only a file that
 * cannot be read at all throws. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class JournalReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest line read, in characters. */
    static final int MAX_LINE = 64 * 1024;
    /** The largest file {@link #readJsonLines(Path)} reads, in bytes (a stream through {@link #read} has no limit). */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private JournalReader() {
    }

    /**
     * Reads a JSON Lines file.
     *
     * @param file the file; not null
     * @return the entries and the skipped lines
     * @throws BadInputException CN-3210 when the file does not exist or cannot be read, CN-3211 when it is
     *     not UTF-8, CN-3305 when it is larger than {@link #MAX_FILE_BYTES}
     */
    public static JournalBatch readJsonLines(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadInputException("CN-3305", name, 0, "the journal is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB", "Split it into several files, or stream the "
                        + "entries to the monitor.", null);
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return read(new InputStreamReader(in, decoder), name);
        } catch (NoSuchFileException e) {
            throw new BadInputException("CN-3210", name, 0, "file not found", "Check the path.", null);
        } catch (CharacterCodingException e) {
            throw new BadInputException("CN-3211", name, 0, "not UTF-8 text", "Save the journal as UTF-8 JSON Lines.",
                    null);
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BadInputException("CN-3211", name, 0, "not UTF-8 text",
                        "Save the journal as UTF-8 JSON Lines.", null);
            }
            throw new BadInputException("CN-3210", name, 0, "cannot read the file (" + e.getClass().getSimpleName()
                    + ")", "Check that the file exists and is readable.", null);
        }
    }

    /**
     * Reads JSON Lines from a reader; the caller closes it.
     *
     * @param reader the text; not null
     * @param source a name for messages (a file name, never content); not null
     * @return the entries and the skipped lines
     * @throws IOException when the reader fails
     */
    public static JournalBatch read(Reader reader, String source) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Lines lines = new Lines(reader);
        List<JournalEntry> entries = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String line;
        int n = 0;
        while ((line = lines.next()) != null) {
            n++;
            boolean tooLong = line.length() > MAX_LINE;
            String t = line.strip();
            if (n == 1 && t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (tooLong) {
                problems.add(new LineProblem(source, n, "CN-3206", "line longer than " + MAX_LINE
                        + " characters; split the entry"));
                continue;
            }
            try {
                JournalEntry e = parse(JSON.readTree(t));
                if (!seen.add(e.clientId() + "\u0000" + e.id())) {
                    problems.add(new LineProblem(source, n, "CN-3205", "entry id repeats an earlier line; ids must "
                            + "be unique per client"));
                    continue;
                }
                entries.add(e);
            } catch (JsonProcessingException e) {
                problems.add(new LineProblem(source, n, "CN-3201", "not a JSON object; write one entry per line"));
            } catch (Bad e) {
                problems.add(new LineProblem(source, n, e.code, e.getMessage()));
            }
        }
        return new JournalBatch(entries, problems);
    }

    /**
     * Lines (ended by LF, CR LF or CR) of a reader, holding at most {@link #MAX_LINE} + 1 characters of
     * any one: a longer line comes back cut to that length, so that it is reported as too long, and its
     * rest is skipped without being kept.
     */
    static final class Lines {
        private final Reader in;
        private final char[] buf = new char[8192];
        private int pos;
        private int len;
        private boolean skipLf;

        Lines(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return -1;
                }
            }
            return buf[pos++];
        }

        /** @return the next line, or null at the end */
        String next() throws IOException {
            int c = read();
            if (skipLf && c == '\n') {
                c = read();
            }
            skipLf = false;
            if (c < 0) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            while (c >= 0 && c != '\n' && c != '\r') {
                if (sb.length() <= MAX_LINE) {
                    sb.append((char) c);
                }
                c = read();
            }
            skipLf = c == '\r';
            return sb.toString();
        }
    }

    /**
     * Parses one entry object.
     *
     * @param o the JSON object
     * @return the entry
     * @throws Bad with a code and a reason without content
     */
    static JournalEntry parse(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new Bad("CN-3201", "not a JSON object; write one entry per line");
        }
        String id = string(o, "id", true);
        String client = string(o, "client", true);
        ZonedDateTime time = time(string(o, "time", true));
        String text = string(o, "text", false);
        Integer mood = rating(o, "mood", 10);
        Integer anxiety = rating(o, "anxiety", 10);
        Double sleep = null;
        JsonNode s = o.get("sleepHours");
        if (s != null && !s.isNull()) {
            if (!s.isNumber() || s.asDouble() < 0 || s.asDouble() > 24) {
                throw new Bad("CN-3204", "sleepHours must be a number from 0 to 24");
            }
            sleep = s.asDouble();
        }
        return new JournalEntry(id, client, time, text, mood, anxiety, sleep, answers(o, "phq2"), answers(o, "gad2"));
    }

    static ZonedDateTime time(String v) {
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.ISO_ZONED_DATE_TIME);
        } catch (DateTimeException e) {
            try {
                return OffsetDateTime.parse(v).toZonedDateTime();
            } catch (DateTimeException e2) {
                throw new Bad("CN-3203", "time is not an ISO-8601 date-time with an offset or zone "
                        + "(for example 2026-03-02T22:10:00-05:00)");
            }
        }
    }

    private static String string(JsonNode o, String field, boolean required) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Bad("CN-3202", "missing \"" + field + "\"");
            }
            return null;
        }
        if (!v.isTextual() && !(v.isNumber() && !"time".equals(field) && !"text".equals(field))) {
            throw new Bad("CN-3202", "\"" + field + "\" must be a string");
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            throw new Bad("CN-3202", "\"" + field + "\" is blank");
        }
        return s;
    }

    private static Integer rating(JsonNode o, String field, int max) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > max) {
            throw new Bad("CN-3204", "\"" + field + "\" must be a whole number from 0 to " + max);
        }
        return v.asInt();
    }

    private static List<Integer> answers(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.size() != 2) {
            throw new Bad("CN-3204", "\"" + field + "\" must be two answers from 0 to 3");
        }
        List<Integer> out = new ArrayList<>(2);
        for (JsonNode a : v) {
            if (!a.isIntegralNumber() || a.asInt() < 0 || a.asInt() > 3) {
                throw new Bad("CN-3204", "\"" + field + "\" must be two answers from 0 to 3");
            }
            out.add(a.asInt());
        }
        return out;
    }

    /** A bad line: a code and a reason without content. */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        Bad(String code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }
    }
}
