package org.clinicalnotes.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.ConfigurationException;

/**
 * The templates a generator can use, by id. {@link #builtIn()} holds {@code soap}, {@code progress},
 * {@code hp}, {@code consult}, {@code dap}, {@code birp}, {@code girp} and {@code intake}; custom templates
 * are added with the builder or read from JSON with {@link #load(Path)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <h2>JSON template format</h2>
 * <pre>{@code
 * {"id": "soap", "title": "SOAP note", "documentType": "11506-3",
 *  "sections": [{"id": "subjective", "title": "Subjective", "loinc": "61150-9", "required": true,
 *                "accepts": ["CHIEF_COMPLAINT", "PATIENT_REPORT"], "guidance": "What the patient reports…"}]}
 * }</pre>
 * {@code loinc} and {@code required} (default false) are optional; {@code accepts} lists
 * {@link NoteTemplate.ContentKind} names.
 *
 * @since 0.1.0
 */
public final class TemplateRegistry {

    /** Ids of the built-in templates, in the order the CLI lists them. */
    public static final List<String> BUILT_IN_IDS =
            List.of("soap", "progress", "hp", "consult", "dap", "birp", "girp", "intake");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern LOINC = Pattern.compile("\\d{1,7}-\\d");
    private static final Set<String> TEMPLATE_FIELDS = Set.of("id", "title", "documentType", "sections", "description");
    private static final Set<String> SECTION_FIELDS = Set.of("id", "title", "loinc", "required", "accepts", "guidance");
    private static final TemplateRegistry BUILT_IN = builder().addBuiltIns().build();

    private final Map<String, NoteTemplate> templates;

    private TemplateRegistry(Map<String, NoteTemplate> templates) {
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    }

    /** @return the registry of built-in templates (shared instance) */
    public static TemplateRegistry builtIn() {
        return BUILT_IN;
    }

    /** @return a builder, empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this registry's templates */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.templates.putAll(templates);
        return b;
    }

    /**
     * @param id template id
     * @return the template
     * @throws ConfigurationException when there is no such template; the message lists the known ids
     */
    public NoteTemplate get(String id) {
        Objects.requireNonNull(id, "id");
        NoteTemplate t = templates.get(id);
        if (t == null) {
            throw new ConfigurationException("CN-2001", "unknown template '" + id + "'; use one of "
                    + String.join(", ", templates.keySet()) + ", or a path to a template .json file");
        }
        return t;
    }

    /**
     * @param id template id
     * @return the template, when registered
     */
    public Optional<NoteTemplate> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** @return the registered ids in registration order */
    public List<String> ids() {
        return List.copyOf(templates.keySet());
    }

    /** The largest template read: 1 MB (a template with fifty sections is under 20 KB). */
    public static final int MAX_TEMPLATE_CHARS = 1024 * 1024;

    private static BadInputException tooLarge(String name) {
        return new BadInputException("CN-3305", name, 0, "the template is larger than 1 MB",
                "A template holds section ids, titles and guidance only; check that the right file was given.",
                null);
    }

    /**
     * Reads a custom template from a JSON file.
     *
     * @param file the file; not null
     * @return the template
     * @throws BadInputException naming the file, the field and the reason when the file is missing,
     *     unreadable, not JSON or not a valid template
     */
    public static NoteTemplate load(Path file) {
        // (size checked before reading: see MAX_TEMPLATE_CHARS)
        Objects.requireNonNull(file, "file");
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_TEMPLATE_CHARS) {
                throw tooLarge(name);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("CN-1201", name, 0, "template file does not exist",
                    "Check the template file's path.", null);
        } catch (IOException e) {
            throw new BadInputException("CN-1202", name, 0, "template file cannot be read ("
                    + e.getClass().getSimpleName() + ")", "Check the file's permissions.", null);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), name);
    }

    /**
     * Parses a template from JSON text.
     *
     * @param json the JSON text; not null
     * @param sourceName a name for error messages
     * @return the template
     * @throws BadInputException naming the field and the reason when the JSON is not a valid template
     */
    public static NoteTemplate parse(String json, String sourceName) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_TEMPLATE_CHARS) {
            throw tooLarge(sourceName);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            throw new BadInputException("CN-1203", sourceName, line, "template is not valid JSON",
                    "Fix the JSON syntax near that line.", null);
        } catch (IOException e) {
            throw new BadInputException("CN-1203", sourceName, 0, "template is not valid JSON",
                    "Fix the JSON syntax.", null);
        }
        return new TemplateParser(sourceName).template(root);
    }

    private static final class TemplateParser {
        private final String source;

        TemplateParser(String source) {
            this.source = source;
        }

        NoteTemplate template(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw bad("(root)", "must be a JSON object with id, title, documentType and sections");
            }
            unknownFields(root, TEMPLATE_FIELDS, "");
            String id = text(root, "id", "id", true);
            if (!ID.matcher(id).matches()) {
                throw bad("id", "must be lower case letters, digits, '-' or '_', starting with a letter");
            }
            String title = text(root, "title", "title", true);
            String docType = text(root, "documentType", "documentType", true);
            if (!LOINC.matcher(docType).matches()) {
                throw bad("documentType", "must be a LOINC code such as 11506-3");
            }
            JsonNode sections = root.get("sections");
            if (sections == null || !sections.isArray() || sections.isEmpty()) {
                throw bad("sections", "must be a non-empty array of sections");
            }
            List<NoteTemplate.SectionSpec> specs = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < sections.size(); i++) {
                NoteTemplate.SectionSpec s = section(sections.get(i), "sections[" + i + "]");
                if (!seen.add(s.id())) {
                    throw bad("sections[" + i + "].id", "repeats section id '" + s.id() + "'");
                }
                specs.add(s);
            }
            return new TemplateDefinition(id, title, docType, specs);
        }

        NoteTemplate.SectionSpec section(JsonNode node, String path) {
            if (!node.isObject()) {
                throw bad(path, "must be an object");
            }
            unknownFields(node, SECTION_FIELDS, path + ".");
            String id = text(node, "id", path + ".id", true);
            if (!ID.matcher(id).matches()) {
                throw bad(path + ".id", "must be lower case letters, digits, '-' or '_', starting with a letter");
            }
            String title = text(node, "title", path + ".title", true);
            String loinc = text(node, "loinc", path + ".loinc", false);
            if (loinc != null && !LOINC.matcher(loinc).matches()) {
                throw bad(path + ".loinc", "must be a LOINC code such as 61150-9");
            }
            String guidance = text(node, "guidance", path + ".guidance", true);
            boolean required = false;
            JsonNode req = node.get("required");
            if (req != null && !req.isNull()) {
                if (!req.isBoolean()) {
                    throw bad(path + ".required", "must be true or false");
                }
                required = req.booleanValue();
            }
            JsonNode accepts = node.get("accepts");
            if (accepts == null || !accepts.isArray() || accepts.isEmpty()) {
                throw bad(path + ".accepts", "must be a non-empty array of content kinds: " + kinds());
            }
            List<NoteTemplate.ContentKind> kinds = new ArrayList<>();
            for (int k = 0; k < accepts.size(); k++) {
                JsonNode a = accepts.get(k);
                String p = path + ".accepts[" + k + "]";
                if (!a.isTextual()) {
                    throw bad(p, "must be a string");
                }
                NoteTemplate.ContentKind kind;
                try {
                    kind = NoteTemplate.ContentKind.valueOf(a.textValue().strip().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw bad(p, "unknown content kind '" + a.textValue() + "'; use one of " + kinds());
                }
                if (kinds.contains(kind)) {
                    throw bad(p, "lists " + kind + " twice");
                }
                kinds.add(kind);
            }
            return new NoteTemplate.SectionSpec(id, title, loinc, guidance, required, kinds);
        }

        private void unknownFields(JsonNode node, Set<String> allowed, String prefix) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    throw bad(prefix + f, "is not a template field; allowed: " + String.join(", ", allowed));
                }
            }
        }

        private String text(JsonNode node, String field, String path, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw bad(path, "is missing");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw bad(path, "must be a string");
            }
            String s = v.textValue().strip();
            if (s.isEmpty()) {
                if (required) {
                    throw bad(path, "must not be empty");
                }
                return null;
            }
            return s;
        }

        private BadInputException bad(String field, String reason) {
            return new BadInputException("CN-1204", source, 0, "invalid template: field '" + field + "' " + reason,
                    "Fix the template file; see the built-in templates in the README for the format.", null);
        }

        private static String kinds() {
            return String.join(", ", Arrays.stream(NoteTemplate.ContentKind.values()).map(Enum::name).toList());
        }
    }

    /**
     * Builds a registry. Not thread-safe; the registry it builds is.
     */
    public static final class Builder {
        private final Map<String, NoteTemplate> templates = new LinkedHashMap<>();

        private Builder() {
        }

        /** @return this builder with every built-in template added */
        public Builder addBuiltIns() {
            for (String id : BUILT_IN_IDS) {
                String resource = id + ".json";
                try (InputStream in = TemplateRegistry.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in template resource missing: " + resource);
                    }
                    add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read built-in template " + resource, e);
                }
            }
            return this;
        }

        /**
         * Adds or replaces a template under its id.
         *
         * @param template the template; not null
         * @return this builder
         */
        public Builder add(NoteTemplate template) {
            Objects.requireNonNull(template, "template");
            templates.put(template.id(), template);
            return this;
        }

        /** @return the registry */
        public TemplateRegistry build() {
            return new TemplateRegistry(templates);
        }
    }
}
