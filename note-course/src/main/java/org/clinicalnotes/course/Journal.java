package org.clinicalnotes.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.BadInputException;

/**
 * Reads journal lines (JSON Lines) tolerantly: the field names of the between-session module and a few
 * common variants; unknown fields are ignored; blank lines are skipped.
 *
 * @since 0.3.0
 */
public final class Journal {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Journal() {
    }

    /**
     * @param text the file's content; not null
     * @param source the file name, for messages
     * @param clientId when not null, entries naming another client are left out
     * @return the entries in file order
     * @throws BadInputException CN-3405 when a line is not a JSON object or has no readable time
     */
    public static List<JournalEntry> parse(String text, String source, String clientId) {
        List<JournalEntry> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode n;
            try {
                n = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new BadInputException("CN-3405", source, i + 1, "a journal line is not valid JSON",
                        "Write one JSON object per line.", null);
            }
            if (n == null || !n.isObject()) {
                throw new BadInputException("CN-3405", source, i + 1, "a journal line is not a JSON object",
                        "Write one JSON object per line.", null);
            }
            String client = text(n, "client", "clientId", "client_id");
            if (clientId != null && client != null && !client.equals(clientId)) {
                continue;
            }
            Instant time = time(text(n, "time", "timestamp", "createdAt", "date"));
            if (time == null) {
                throw new BadInputException("CN-3405", source, i + 1, "a journal line has no readable time",
                        "Give \"time\" as an ISO-8601 date or date-time.", null);
            }
            String id = text(n, "id", "entryId");
            out.add(new JournalEntry(id != null ? id : "e" + (i + 1), time, text(n, "text", "entry", "note"),
                    number(n, "mood"), number(n, "anxiety"), number(n, "sleepHours", "sleep_hours", "sleep")));
        }
        return out;
    }

    private static String text(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && !v.isNull() && v.isValueNode()) {
                return v.asText();
            }
        }
        return null;
    }

    private static Double number(JsonNode n, String... names) {
        for (String name : names) {
            JsonNode v = n.get(name);
            if (v != null && v.isNumber()) {
                return v.asDouble();
            }
            if (v != null && v.isTextual()) {
                try {
                    return Double.valueOf(v.asText().strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static Instant time(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
