package org.clinicalnotes.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.MedicationMention;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.RiskFlag;

/**
 * The structured note as JSON ({@code note.json}), and back. The format is explicit and versioned
 * ({@code "schemaVersion"}) so that stored notes stay readable; reading then writing a note gives
 * the same JSON.
 *
 * <p>Schema 1 stores the model as its id ({@code "model": "offline/0.1.0"}); schema 2 stores the whole
 * identity ({@code "model": {"name", "version", "provider", "local"}}). A note is written in schema 1 when
 * its id implies the rest ({@link org.clinicalnotes.note.ModelInfo#fromId}: the built-in offline model), so
 * those notes and their digests stay as before, and in schema 2 otherwise. Both are read.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class NoteJson {

    /** The largest note read: 8 MB (a long session's note is well under 1 MB). */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    /** The newest schema version this class writes and reads (it also reads and writes schema 1). */
    public static final int SCHEMA_VERSION = 2;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NoteJson() {
    }

    /**
     * @param note the note; not null
     * @return pretty-printed JSON
     */
    public static String write(ClinicalNote note) {
        try {
            return MAPPER.writeValueAsString(toTree(note)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise note " + note.id(), e);
        }
    }

    /**
     * Writes a signed note with its JWS signature in {@code integrity.signature} (outside the digested
     * content, which the signature itself covers).
     *
     * @param note the note; not null
     * @param signature a compact JWS over the note's digest; not null
     * @return pretty-printed JSON
     * @since 0.2.0
     */
    public static String write(ClinicalNote note, String signature) {
        Objects.requireNonNull(signature, "signature");
        ObjectNode root = toTree(note);
        ((ObjectNode) root.get(Integrity.FIELD)).put("signature", signature);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise note " + note.id(), e);
        }
    }

    /**
     * @param json a note.json text; not null
     * @return its JWS signature ({@code integrity.signature}), when it has one and is JSON
     * @since 0.2.0
     */
    public static java.util.Optional<String> signature(String json) {
        try {
            JsonNode sig = MAPPER.readTree(json).path(Integrity.FIELD).path("signature");
            return sig.isTextual() ? java.util.Optional.of(sig.textValue()) : java.util.Optional.empty();
        } catch (JsonProcessingException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * @param note the note; not null
     * @return the JSON tree
     */
    static ObjectNode toTree(ClinicalNote note) {
        Objects.requireNonNull(note, "note");
        ObjectNode root = MAPPER.createObjectNode();
        NoteMetadata m = note.metadata();
        int schema = MetadataJson.schemaFor(m.model());
        root.put("schemaVersion", schema);
        root.put("id", note.id());
        ObjectNode meta = root.putObject("metadata");
        meta.put("status", m.status().name());
        MetadataJson.writeModel(meta, m.model(), schema);
        meta.put("templateId", m.templateId());
        meta.put("deidentification", m.deidentification());
        meta.put("created", m.created().toString());
        if (m.signer() != null) {
            meta.put("signer", m.signer());
            meta.put("signedAt", m.signedAt().toString());
        }
        strings(meta.putArray("warnings"), m.warnings());
        if (m.replaces() != null) {
            meta.put("replaces", m.replaces());
        }
        if (m.riskScreen() != null) {
            meta.put("riskScreen", m.riskScreen());
        }
        MetadataJson.write(meta, m);
        ArrayNode flags = root.putArray("riskFlags");
        for (RiskFlag f : note.riskFlags()) {
            ObjectNode o = flags.addObject();
            o.put("kind", f.kind().name());
            o.put("status", f.status().name());
            o.put("severity", f.severity().name());
            strings(o.putArray("evidence"), f.evidence());
            strings(o.putArray("safetyActions"), f.safetyActions());
            if (f.cssrs() != null) {
                o.put("cssrsLevel", f.cssrs().name());
            }
            if (f.perpetrator() != null) {
                o.put("perpetrator", f.perpetrator().name());
            }
        }
        ArrayNode sections = root.putArray("sections");
        for (NoteSection s : note.sections()) {
            ObjectNode o = sections.addObject();
            o.put("id", s.id());
            o.put("title", s.title());
            if (s.loincCode() != null) {
                o.put("loinc", s.loincCode());
            }
            ArrayNode sts = o.putArray("statements");
            for (NoteStatement st : s.statements()) {
                ObjectNode so = sts.addObject();
                so.put("text", st.text());
                strings(so.putArray("evidence"), st.evidence());
                so.put("support", st.support().name());
                if (st.originalText() != null) {
                    so.put("originalText", st.originalText());
                }
            }
        }
        ArrayNode measures = root.putArray("measures");
        for (MeasureScore ms : note.measures()) {
            ObjectNode o = measures.addObject();
            o.put("instrument", ms.instrument());
            o.put("value", ms.value());
            o.put("unit", ms.unit());
            if (ms.date() != null) {
                o.put("date", ms.date().toString());
            }
            if (ms.previousValue() != null) {
                o.put("previousValue", ms.previousValue());
            }
            if (ms.interpretation() != null) {
                o.put("interpretation", ms.interpretation());
            }
            strings(o.putArray("evidence"), ms.evidence());
        }
        ArrayNode meds = root.putArray("medications");
        for (MedicationMention med : note.medications()) {
            ObjectNode o = meds.addObject();
            o.put("name", med.name());
            if (med.dose() != null) {
                o.put("dose", med.dose());
            }
            if (med.frequency() != null) {
                o.put("frequency", med.frequency());
            }
            o.put("status", med.status().name());
            strings(o.putArray("evidence"), med.evidence());
        }
        ObjectNode integrity = MAPPER.createObjectNode();
        integrity.put("algorithm", Integrity.ALGORITHM);
        integrity.put("digest", Integrity.digest(root));
        root.set(Integrity.FIELD, integrity);
        return root;
    }

    /**
     * The digest {@link #write} records for this note: SHA-256 over its canonical JSON (members sorted by
     * name, no whitespace, UTF-8) without the {@code integrity} member.
     *
     * @param note the note; not null
     * @return 64 lower-case hex digits
     */
    public static String digest(ClinicalNote note) {
        return toTree(note).path(Integrity.FIELD).path("digest").asText();
    }

    /**
     * Reads a note that must carry its digest, as sign and amend require: the digest must be present and
     * match, and the note must keep the structural rules (evidence cites the transcript's utterances, a
     * signed note's status agrees with its review chain).
     *
     * @param json the JSON text; not null
     * @param sourceName a name for error messages (a file name)
     * @return the note
     * @throws BadInputException CN-3303 without a digest, CN-3302 when it does not match, CN-3304 when the
     *     note is inconsistent, CN-13xx when it is not a valid note
     * @since 0.2.0
     */
    public static ClinicalNote readSealed(String json, String sourceName) {
        return read(json, sourceName, true);
    }

    /**
     * Reads a note written by {@link #write}.
     *
     * @param json the JSON text; not null
     * @param sourceName a name for error messages (a file name)
     * @return the note
     * @throws BadInputException naming the source and field when the JSON is not a valid note
     */
    public static ClinicalNote read(String json, String sourceName) {
        return read(json, sourceName, false);
    }

    private static ClinicalNote read(String json, String sourceName, boolean sealed) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_CHARS) {
            throw new BadInputException("CN-3305", sourceName, 0, "the note is larger than "
                    + (MAX_CHARS / (1024 * 1024)) + " MB", "Pass a note.json written by clinical-notes.", null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BadInputException("CN-1301", sourceName, line, "not valid JSON",
                    "Pass a note.json written by clinical-notes.", null);
        }
        ClinicalNote note = new Reader(sourceName).note(root);
        JsonNode integrity = root.get(Integrity.FIELD);
        if (integrity == null) {
            if (sealed) {
                throw new BadInputException("CN-3303", sourceName, 0, "the note carries no digest (integrity)",
                        "Sign or amend only a note.json written by this version of clinical-notes; "
                                + "regenerate older notes.", null);
            }
            return note;
        }
        if (!Integrity.ALGORITHM.equals(integrity.path("algorithm").asText())
                || !Integrity.digest(root).equals(integrity.path("digest").asText())) {
            throw new BadInputException("CN-3302", sourceName, 0, "the note's content does not match its digest "
                    + "(integrity.digest): it was changed after it was written",
                    "Use the note as clinical-notes wrote it; make changes with sign or amend "
                            + "(NoteReview).", null);
        }
        Integrity.checkConsistent(note, sourceName);
        return note;
    }

    private static void strings(ArrayNode arr, List<String> values) {
        values.forEach(arr::add);
    }

    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        ClinicalNote note(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw bad("(root)", "must be a JSON object");
            }
            int version = root.path("schemaVersion").asInt(-1);
            if (version != 1 && version != SCHEMA_VERSION) {
                throw bad("schemaVersion", "must be 1 or " + SCHEMA_VERSION);
            }
            String id = text(root, "id", "id");
            JsonNode meta = obj(root, "metadata", "metadata");
            NoteMetadata.Status status = enumValue(NoteMetadata.Status.class, text(meta, "status", "metadata.status"), "metadata.status");
            String signer = optText(meta, "signer");
            String signedAtText = optText(meta, "signedAt");
            NoteMetadata m;
            MetadataJson.Extras extras = MetadataJson.read(meta, this::bad);
            try {
                m = new NoteMetadata(MetadataJson.readModel(meta, version, this::bad),
                        text(meta, "templateId", "metadata.templateId"),
                        text(meta, "deidentification", "metadata.deidentification"),
                        instant(text(meta, "created", "metadata.created"), "metadata.created"), status, signer,
                        signedAtText == null ? null : instant(signedAtText, "metadata.signedAt"),
                        stringList(meta.get("warnings"), "metadata.warnings"), optText(meta, "replaces"),
                        optText(meta, "riskScreen"), extras.history(), extras.utteranceIds(), extras.consent(),
                        extras.labels());
            } catch (IllegalArgumentException e) {
                throw bad("metadata", e.getMessage());
            }
            List<NoteSection> sections = new ArrayList<>();
            JsonNode arr = array(root, "sections");
            for (int i = 0; i < arr.size(); i++) {
                String p = "sections[" + i + "]";
                JsonNode s = arr.get(i);
                List<NoteStatement> sts = new ArrayList<>();
                JsonNode starr = array(s, "statements", p + ".statements");
                for (int k = 0; k < starr.size(); k++) {
                    String sp = p + ".statements[" + k + "]";
                    JsonNode st = starr.get(k);
                    try {
                        sts.add(new NoteStatement(text(st, "text", sp + ".text"),
                                stringList(st.get("evidence"), sp + ".evidence"),
                                enumValue(NoteStatement.Support.class, text(st, "support", sp + ".support"), sp + ".support"),
                                optText(st, "originalText")));
                    } catch (IllegalArgumentException e) {
                        throw bad(sp, e.getMessage());
                    }
                }
                sections.add(new NoteSection(text(s, "id", p + ".id"), text(s, "title", p + ".title"),
                        optText(s, "loinc"), sts));
            }
            List<RiskFlag> flags = new ArrayList<>();
            JsonNode farr = optArray(root, "riskFlags");
            for (int i = 0; i < farr.size(); i++) {
                String p = "riskFlags[" + i + "]";
                JsonNode f = farr.get(i);
                flags.add(new RiskFlag(enumValue(RiskFlag.Kind.class, text(f, "kind", p + ".kind"), p + ".kind"),
                        enumValue(RiskFlag.Status.class, text(f, "status", p + ".status"), p + ".status"),
                        enumValue(RiskFlag.Severity.class, text(f, "severity", p + ".severity"), p + ".severity"),
                        stringList(f.get("evidence"), p + ".evidence"),
                        stringList(f.get("safetyActions"), p + ".safetyActions"),
                        optText(f, "cssrsLevel") == null ? null
                                : enumValue(RiskFlag.CssrsLevel.class, optText(f, "cssrsLevel"), p + ".cssrsLevel"),
                        optText(f, "perpetrator") == null ? null
                                : enumValue(RiskFlag.Perpetrator.class, optText(f, "perpetrator"), p + ".perpetrator")));
            }
            List<MeasureScore> measures = new ArrayList<>();
            JsonNode marr = optArray(root, "measures");
            for (int i = 0; i < marr.size(); i++) {
                String p = "measures[" + i + "]";
                JsonNode ms = marr.get(i);
                if (!ms.path("value").isNumber()) {
                    throw bad(p + ".value", "must be a number");
                }
                String date = optText(ms, "date");
                LocalDate d;
                try {
                    d = date == null ? null : LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    throw bad(p + ".date", "must be an ISO date such as 2026-01-31");
                }
                measures.add(new MeasureScore(text(ms, "instrument", p + ".instrument"), ms.get("value").doubleValue(),
                        ms.path("unit").asText(""), d,
                        ms.hasNonNull("previousValue") ? ms.get("previousValue").doubleValue() : null,
                        optText(ms, "interpretation"), stringList(ms.get("evidence"), p + ".evidence")));
            }
            List<MedicationMention> meds = new ArrayList<>();
            JsonNode medArr = optArray(root, "medications");
            for (int i = 0; i < medArr.size(); i++) {
                String p = "medications[" + i + "]";
                JsonNode med = medArr.get(i);
                meds.add(new MedicationMention(text(med, "name", p + ".name"), optText(med, "dose"),
                        optText(med, "frequency"),
                        enumValue(MedicationMention.Status.class, text(med, "status", p + ".status"), p + ".status"),
                        stringList(med.get("evidence"), p + ".evidence")));
            }
            return new ClinicalNote(id, sections, flags, measures, meds, m);
        }

        private JsonNode obj(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || !v.isObject()) {
                throw bad(path, "is missing or not an object");
            }
            return v;
        }

        private JsonNode array(JsonNode n, String field) {
            return array(n, field, field);
        }

        /** An optional array: missing or null reads as empty; anything else but an array is refused. */
        private JsonNode optArray(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            if (!v.isArray()) {
                throw bad(field, "must be an array");
            }
            return v;
        }

        private JsonNode array(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || !v.isArray()) {
                throw bad(path, "is missing or not an array");
            }
            return v;
        }

        private String text(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || !v.isTextual() || v.textValue().isBlank()) {
                throw bad(path, "is missing or not a non-empty string");
            }
            return v.textValue();
        }

        private static String optText(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        private List<String> stringList(JsonNode v, String path) {
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw bad(path, "must be an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw bad(path, "must be an array of strings");
                }
                out.add(e.textValue());
            }
            return out;
        }

        private Instant instant(String s, String path) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw bad(path, "must be an ISO-8601 instant such as 2026-01-31T10:15:30Z");
            }
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw bad(path, "has an unknown value");
            }
        }

        private BadInputException bad(String field, String reason) {
            return new BadInputException("CN-1302", source, 0, "invalid note: field '" + field + "' " + reason,
                    "Pass a note.json written by clinical-notes, unchanged except through the review API.", null);
        }
    }
}
