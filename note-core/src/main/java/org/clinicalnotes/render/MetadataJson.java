package org.clinicalnotes.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ConsentRecord;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.SensitivityLabel;

/** The metadata members added in 0.2.0 (review chain, transcript utterance ids, consent) and the model identity. */
final class MetadataJson {

    private MetadataJson() {
    }

    static void write(ObjectNode meta, NoteMetadata m) {
        List<String> ids = m.utteranceIds();
        if (!ids.isEmpty()) {
            if (sequential(ids)) {
                meta.put("utterances", ids.size());
            } else {
                ArrayNode a = meta.putArray("utteranceIds");
                ids.forEach(a::add);
            }
        }
        if (m.consent() != null) {
            ConsentRecord c = m.consent();
            ObjectNode o = meta.putObject("consent");
            o.put("id", c.id());
            o.put("date", c.date().toString());
            ArrayNode scopes = o.putArray("scopes");
            EnumSet.copyOf(c.scopes()).forEach(s -> scopes.add(s.name()));
            o.put("method", c.method());
        }
        if (!m.labels().isEmpty()) {
            ArrayNode l = meta.putArray("sensitivity");
            for (SensitivityLabel label : m.labels()) {
                ObjectNode o = l.addObject();
                o.put("category", label.category().name());
                o.put("trigger", label.trigger());
                ArrayNode ev = o.putArray("evidence");
                label.evidence().forEach(ev::add);
            }
        }
        if (!m.history().isEmpty()) {
            ArrayNode h = meta.putArray("history");
            for (NoteMetadata.ReviewStep step : m.history()) {
                ObjectNode o = h.addObject();
                o.put("action", step.action().name());
                o.put("at", step.at().toString());
                o.put("by", step.by());
                o.put("previousDigest", step.previousDigest());
                ArrayNode ch = o.putArray("changes");
                step.changes().forEach(ch::add);
            }
        }
    }

    /**
     * @param model the note's model
     * @return the schema version that holds it: 1 when its id implies the rest ({@link ModelInfo#fromId}, the
     *     built-in offline model and any model stored without provider), so those notes stay byte for byte as
     *     before; 2 otherwise
     */
    static int schemaFor(ModelInfo model) {
        return model.equals(ModelInfo.fromId(model.id())) ? 1 : 2;
    }

    /** Schema 1: {@code "model": "name/version"}; schema 2: {@code "model": {name, version, provider, local}}. */
    static void writeModel(ObjectNode meta, ModelInfo model, int schema) {
        if (schema == 1) {
            meta.put("model", model.id());
            return;
        }
        ObjectNode o = meta.putObject("model");
        o.put("name", model.name());
        o.put("version", model.version());
        o.put("provider", model.provider());
        o.put("local", model.local());
    }

    static ModelInfo readModel(JsonNode meta, int schema, BiFunction<String, String, BadInputException> bad) {
        JsonNode v = meta.get("model");
        if (schema == 1) {
            if (v == null || !v.isTextual() || v.textValue().isBlank()) {
                throw bad.apply("metadata.model", "is missing or not a non-empty string");
            }
            return ModelInfo.fromId(v.textValue());
        }
        if (v == null || !v.isObject() || !v.path("name").isTextual() || v.path("name").textValue().isBlank()
                || !v.path("version").isTextual() || !v.path("provider").isTextual()
                || !v.path("local").isBoolean()) {
            throw bad.apply("metadata.model", "must be an object with name, version, provider and local");
        }
        return new ModelInfo(v.path("name").textValue(), v.path("version").textValue(),
                v.path("provider").textValue(), v.path("local").booleanValue());
    }

    private static boolean sequential(List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).equals("u" + (i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #read} gives back. */
    record Extras(List<NoteMetadata.ReviewStep> history, List<String> utteranceIds, ConsentRecord consent,
                  List<SensitivityLabel> labels) {
    }

    static Extras read(JsonNode meta, BiFunction<String, String, BadInputException> bad) {
        List<String> ids = new ArrayList<>();
        JsonNode count = meta.get("utterances");
        if (count != null) {
            if (!count.canConvertToInt() || count.intValue() < 0 || count.intValue() > 1_000_000) {
                throw bad.apply("metadata.utterances", "must be a whole number of utterances");
            }
            for (int i = 1; i <= count.intValue(); i++) {
                ids.add("u" + i);
            }
        }
        JsonNode list = meta.get("utteranceIds");
        if (list != null) {
            if (!list.isArray()) {
                throw bad.apply("metadata.utteranceIds", "must be an array of strings");
            }
            list.forEach(n -> ids.add(n.asText()));
        }
        ConsentRecord consent = null;
        JsonNode c = meta.get("consent");
        if (c != null && !c.isNull()) {
            try {
                Set<ConsentRecord.Scope> scopes = EnumSet.noneOf(ConsentRecord.Scope.class);
                c.path("scopes").forEach(s -> scopes.add(ConsentRecord.Scope.valueOf(s.asText())));
                consent = new ConsentRecord(c.path("id").asText(), LocalDate.parse(c.path("date").asText()), scopes,
                        c.path("method").asText());
            } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
                throw bad.apply("metadata.consent", "must hold id, date (YYYY-MM-DD), scopes and method");
            }
        }
        List<NoteMetadata.ReviewStep> history = new ArrayList<>();
        JsonNode h = meta.get("history");
        if (h != null && !h.isNull()) {
            if (!h.isArray()) {
                throw bad.apply("metadata.history", "must be an array");
            }
            for (int i = 0; i < h.size(); i++) {
                JsonNode o = h.get(i);
                try {
                    List<String> changes = new ArrayList<>();
                    o.path("changes").forEach(x -> changes.add(x.asText()));
                    history.add(new NoteMetadata.ReviewStep(NoteMetadata.ReviewStep.Action.valueOf(o.path("action").asText()),
                            Instant.parse(o.path("at").asText()), o.path("by").asText(),
                            o.path("previousDigest").asText(), changes));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw bad.apply("metadata.history[" + i + "]",
                            "must hold action, at, by, previousDigest and changes");
                }
            }
        }
        List<SensitivityLabel> labels = new ArrayList<>();
        JsonNode l = meta.get("sensitivity");
        if (l != null && !l.isNull()) {
            if (!l.isArray()) {
                throw bad.apply("metadata.sensitivity", "must be an array");
            }
            for (int i = 0; i < l.size(); i++) {
                JsonNode o = l.get(i);
                try {
                    List<String> ev = new ArrayList<>();
                    o.path("evidence").forEach(x -> ev.add(x.asText()));
                    labels.add(new SensitivityLabel(SensitivityLabel.Category.valueOf(o.path("category").asText()),
                            o.path("trigger").asText(), ev));
                } catch (IllegalArgumentException e) {
                    throw bad.apply("metadata.sensitivity[" + i + "]", "must hold category, trigger and evidence");
                }
            }
        }
        return new Extras(history, ids, consent, labels);
    }
}
