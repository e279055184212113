package org.clinicalnotes.between;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicalnotes.BadInputException;

/**
 * Reads the clients' plans for coping suggestions from a JSON file ({@link ClientPlan#readFile}):
 * {@code {"version": 1, "clients": {"client-ana": {"preferred": ["paced-breathing"], "avoid": ["grounding-54321"]}}}}.
 * Every exercise id must be one the library has (a misspelt "avoid" would otherwise let the exercise through), and
 * none may be both preferred and avoided. Stateless and thread-safe.
 */
final class ClientPlanFile {

    static final long MAX_BYTES = 1L << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String WHAT = "Write {\"version\": 1, \"clients\": {\"CLIENT\": {\"preferred\": [\"EXERCISE\"], "
            + "\"avoid\": [\"EXERCISE\"]}}} with exercise ids from the coping library.";

    private ClientPlanFile() {
    }

    static Map<String, ClientPlan> read(Path file, CopingLibrary library) {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw unreadable(name, 0, "the file is larger than 1 MB");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw unreadable(name, 0, "the file does not exist");
        } catch (CharacterCodingException e) {
            throw unreadable(name, 0, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw unreadable(name, 0, "the file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return parse(text, name, library);
    }

    static Map<String, ClientPlan> parse(String text, String name, CopingLibrary library) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw unreadable(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid JSON");
        }
        if (root == null || !root.isObject() || !root.path("clients").isObject()) {
            throw wrong(name, 1, "the file is not an object with a \"clients\" object");
        }
        if (root.has("version") && root.get("version").asInt() != 1) {
            throw wrong(name, lineOf(text, "\"version\""), "version " + root.get("version") + " is not 1");
        }
        Set<String> known = new LinkedHashSet<>();
        library.exercises().forEach(x -> known.add(x.id()));
        Map<String, ClientPlan> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("clients").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String client = e.getKey();
            int line = lineOf(text, "\"" + client + "\"");
            if (client.isBlank() || !e.getValue().isObject()) {
                throw wrong(name, line, "a client's plan is not an object with a non-blank client id");
            }
            List<String> preferred = ids(e.getValue(), "preferred", name, line, known);
            List<String> avoid = ids(e.getValue(), "avoid", name, line, known);
            for (String p : preferred) {
                if (avoid.contains(p)) {
                    throw wrong(name, line, "exercise '" + p + "' is both preferred and avoided for one client");
                }
            }
            out.put(client, new ClientPlan(preferred, avoid));
        }
        return out;
    }

    private static List<String> ids(JsonNode plan, String field, String name, int line, Set<String> known) {
        JsonNode arr = plan.path(field);
        if (arr.isMissingNode() || arr.isNull()) {
            return List.of();
        }
        if (!arr.isArray()) {
            throw wrong(name, line, "\"" + field + "\" is not a list of exercise ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode x : arr) {
            if (!x.isTextual()) {
                throw wrong(name, line, "\"" + field + "\" holds something other than an exercise id");
            }
            if (!known.contains(x.asText())) {
                throw new BadInputException("CN-5257", name, line, "\"" + field + "\" names exercise '" + x.asText()
                        + "', which the coping library does not have (it has " + String.join(", ", known) + ")",
                        "Use the library's exercise ids.", null);
            }
            if (!ids.contains(x.asText())) {
                ids.add(x.asText());
            }
        }
        return ids;
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static BadInputException unreadable(String name, int line, String what) {
        return new BadInputException("CN-5255", name, line, "cannot read the client plans: " + what, WHAT, null);
    }

    private static BadInputException wrong(String name, int line, String what) {
        return new BadInputException("CN-5256", name, line, "the client plans: " + what, WHAT, null);
    }
}
