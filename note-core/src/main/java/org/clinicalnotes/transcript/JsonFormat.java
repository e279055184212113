package org.clinicalnotes.transcript;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON: an array of {@code {"speaker": ..., "text": ..., "start"?: ..., "end"?: ...}} objects, or an object
 * whose {@code "utterances"} field is such an array. Times are seconds (a number) or {@code "hh:mm:ss.mmm"}
 * strings. Elements with empty text are skipped; unknown fields are ignored. Streams the input so that errors
 * carry the element's line. Thread-safe (the mapper is shared and never reconfigured).
 */
final class JsonFormat {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,6}):)?([0-5]?\\d):([0-5]?\\d)(?:[.,](\\d{1,9}))?");
    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(?:\\.\\d{1,9})?");

    private JsonFormat() {
    }

    /** True when the text's first non-blank character opens an object, or an array whose first element does. */
    static boolean looksLikeJson(String text) {
        int i = skipWhitespace(text, 0);
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '{') {
            return true;
        }
        if (c != '[') {
            return false;
        }
        int j = skipWhitespace(text, i + 1);
        return j < text.length() && (text.charAt(j) == '{' || text.charAt(j) == ']');
    }

    static List<RawTurn> parse(String text, String source) {
        try (JsonParser p = MAPPER.createParser(text)) {
            JsonToken t = p.nextToken();
            List<RawTurn> turns;
            if (t == JsonToken.START_ARRAY) {
                turns = array(p, source, "element");
            } else if (t == JsonToken.START_OBJECT) {
                turns = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("utterances".equals(name)) {
                        if (value != JsonToken.START_ARRAY) {
                            throw ReadErrors.jsonShape(source, line(p), "\"utterances\" is not an array");
                        }
                        turns = array(p, source, "utterances");
                    } else {
                        p.skipChildren();
                    }
                }
                if (turns == null) {
                    throw ReadErrors.jsonShape(source, 0, "JSON object has no \"utterances\" array");
                }
            } else {
                throw ReadErrors.jsonShape(source, line(p), "expected a JSON array of utterances");
            }
            if (p.nextToken() != null) {
                throw ReadErrors.jsonSyntax(source, line(p), column(p), null);
            }
            return turns;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
            int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
            throw ReadErrors.jsonSyntax(source, line, column, null);
        } catch (IOException e) {
            throw ReadErrors.jsonSyntax(source, 0, 0, null);
        }
    }

    private static List<RawTurn> array(JsonParser p, String source, String name) throws IOException {
        List<RawTurn> turns = new ArrayList<>();
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int line = line(p);
            String where = name + " [" + index + "]";
            if (t != JsonToken.START_OBJECT) {
                throw ReadErrors.jsonShape(source, line, where + " is not an object");
            }
            JsonNode node = p.readValueAsTree();
            String speaker = scalar(node, "speaker", where, source, line);
            String text = scalar(node, "text", where, source, line);
            Duration start = time(node, "start", where, source, line);
            Duration end = time(node, "end", where, source, line);
            if (start != null && end != null && end.compareTo(start) < 0) {
                throw ReadErrors.jsonShape(source, line, where + ": \"end\" is before \"start\"");
            }
            if (speaker.isBlank()) {
                throw ReadErrors.jsonShape(source, line, where + ": field \"speaker\" is empty");
            }
            if (!text.isBlank()) {
                turns.add(new RawTurn(speaker.strip(), text, start, end));
            }
            index++;
        }
        return turns;
    }

    private static String scalar(JsonNode node, String field, String where, String source, int line) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw ReadErrors.jsonShape(source, line, where + " has no \"" + field + "\" field");
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber() && "speaker".equals(field)) {
            return v.asText(); // diarisation output: speaker 0, 1, ...
        }
        throw ReadErrors.jsonShape(source, line, where + ": field \"" + field + "\" is not a string");
    }

    private static Duration time(JsonNode node, String field, String where, String source, int line) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        Duration d = null;
        if (v.isNumber()) {
            d = seconds(v.decimalValue());
        } else if (v.isTextual()) {
            d = clock(v.textValue().strip());
        }
        if (d == null || d.isNegative()) {
            throw ReadErrors.jsonShape(source, line,
                    where + ": field \"" + field + "\" is not a time (seconds or \"hh:mm:ss.mmm\")");
        }
        return d;
    }

    private static Duration seconds(BigDecimal s) {
        if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            return null;
        }
        BigDecimal nanos = s.movePointRight(9);
        return Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static Duration clock(String s) {
        if (SECONDS.matcher(s).matches()) {
            return seconds(new BigDecimal(s));
        }
        Matcher m = CLOCK.matcher(s);
        if (!m.matches()) {
            return null;
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2));
        long sec = Long.parseLong(m.group(3));
        Duration d = Duration.ofHours(h).plusMinutes(min).plusSeconds(sec);
        if (m.group(4) != null) {
            String frac = (m.group(4) + "000000000").substring(0, 9);
            d = d.plusNanos(Long.parseLong(frac));
        }
        return d;
    }

    private static int line(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    private static int column(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
