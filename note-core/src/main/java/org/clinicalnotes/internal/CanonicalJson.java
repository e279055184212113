package org.clinicalnotes.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The integrity digest that signed documents (a note's {@code note.json}, a plan's {@code plan.json}) carry: SHA-256
 * over the compact JSON of the tree with members sorted by name at every level, leaving out one member (the one that
 * holds the digest). Internal: not part of the public API.
 */
public final class CanonicalJson {

    private static final ObjectMapper COMPACT = new ObjectMapper();

    private CanonicalJson() {
    }

    /**
     * @param root the document
     * @param field the member left out (where the digest is stored)
     * @param what what the document is, for the message of an impossible failure ("a note")
     * @return the lower-case hex SHA-256 of the canonical tree without {@code field}
     */
    public static String sha256Without(ObjectNode root, String field, String what) {
        ObjectNode copy = root.deepCopy();
        copy.remove(field);
        try {
            byte[] bytes = COMPACT.writeValueAsString(canonical(copy)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest " + what, e);
        }
    }

    private static JsonNode canonical(JsonNode n) {
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            names.forEach(name -> out.set(name, canonical(n.get(name))));
            return out;
        }
        if (n.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            n.elements().forEachRemaining(e -> out.add(canonical(e)));
            return out;
        }
        return n;
    }
}
