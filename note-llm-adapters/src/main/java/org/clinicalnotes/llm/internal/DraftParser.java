package org.clinicalnotes.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.model.NoteModel;

/**
 * Parses and validates a model's answer against the template's schema. Error messages name JSON
 * paths and sizes, never the answer's text, so they may be logged and quoted back to the model.
 * Evidence ids are not checked here: the grounding check marks statements citing unknown ids.
 * Thread-safe.
 */
public final class DraftParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotePrompt prompt;
    private final List<String> shingles;

    /** @param prompt the prompt the answer replies to */
    public DraftParser(NotePrompt prompt) {
        this.prompt = prompt;
        this.shingles = prompt.instructionShingles();
    }

    /** The answer does not meet the contract. The message holds no answer text. */
    public static final class InvalidOutput extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidOutput(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param answer the model's text
     * @return the draft: template sections in order, risk mentions appended to the section for risk content
     * @throws InvalidOutput when the answer is not JSON or breaks the schema
     */
    public NoteModel.Draft parse(String answer) throws InvalidOutput {
        if (answer == null || answer.isBlank()) {
            throw new InvalidOutput("the answer was empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(stripFences(answer));
        } catch (JsonProcessingException e) {
            throw new InvalidOutput("the answer is not valid JSON (syntax error at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidOutput("the answer must be one JSON object, was " + kind(root));
        }
        Set<String> known = new LinkedHashSet<>();
        for (NoteTemplate.SectionSpec s : prompt.template().sections()) {
            known.add(s.id());
        }
        known.add(NotePrompt.RISKS);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new InvalidOutput("the object has a key the schema does not allow; allowed keys are " + String.join(", ", known));
            }
        }
        List<NoteSection> sections = new ArrayList<>();
        for (NoteTemplate.SectionSpec s : prompt.template().sections()) {
            JsonNode arr = root.get(s.id());
            if (arr == null) {
                throw new InvalidOutput("missing key \"" + s.id() + "\" (use [] for an empty section)");
            }
            if (!arr.isArray()) {
                throw new InvalidOutput("\"" + s.id() + "\" must be an array, was " + kind(arr));
            }
            List<NoteStatement> sts = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                String path = s.id() + "[" + i + "]";
                JsonNode st = arr.get(i);
                if (!st.isObject()) {
                    throw new InvalidOutput(path + " must be an object {\"text\", \"evidence\"}, was " + kind(st));
                }
                sts.add(NoteStatement.of(text(st, path), evidence(st, path)));
            }
            sections.add(new NoteSection(s.id(), s.title(), s.loincCode(), sts));
        }
        JsonNode risks = root.get(NotePrompt.RISKS);
        if (risks == null) {
            throw new InvalidOutput("missing key \"" + NotePrompt.RISKS + "\" (use [] when no risk was discussed)");
        }
        if (!risks.isArray()) {
            throw new InvalidOutput("\"" + NotePrompt.RISKS + "\" must be an array, was " + kind(risks));
        }
        List<NoteStatement> riskStatements = new ArrayList<>();
        for (int i = 0; i < risks.size(); i++) {
            String path = NotePrompt.RISKS + "[" + i + "]";
            JsonNode r = risks.get(i);
            if (!r.isObject()) {
                throw new InvalidOutput(path + " must be an object, was " + kind(r));
            }
            enumValue(r, "kind", path, RiskFlag.Kind.class);
            enumValue(r, "status", path, RiskFlag.Status.class);
            riskStatements.add(NoteStatement.of(text(r, path), evidence(r, path)));
        }
        if (!riskStatements.isEmpty()) {
            String riskSection = prompt.template().sectionFor(NoteTemplate.ContentKind.RISK)
                    .orElse(prompt.template().sections().get(prompt.template().sections().size() - 1)).id();
            for (int i = 0; i < sections.size(); i++) {
                NoteSection s = sections.get(i);
                if (s.id().equals(riskSection)) {
                    List<NoteStatement> merged = new ArrayList<>(s.statements());
                    for (NoteStatement rs : riskStatements) {
                        if (merged.stream().noneMatch(m -> m.text().equalsIgnoreCase(rs.text()))) {
                            merged.add(rs);
                        }
                    }
                    sections.set(i, s.withStatements(merged));
                }
            }
        }
        return new NoteModel.Draft(sections);
    }

    private String text(JsonNode node, String path) throws InvalidOutput {
        JsonNode t = node.get("text");
        if (t == null || !t.isTextual() || t.asText().isBlank()) {
            throw new InvalidOutput(path + ".text must be a non-empty string");
        }
        String normalised = " " + NotePrompt.normalise(t.asText()) + " ";
        for (String sh : shingles) {
            if (normalised.contains(" " + sh + " ")) {
                throw new InvalidOutput(path + ".text repeats the instructions instead of documenting the conversation");
            }
        }
        return t.asText();
    }

    private static List<String> evidence(JsonNode node, String path) throws InvalidOutput {
        JsonNode e = node.get("evidence");
        if (e == null || !e.isArray()) {
            throw new InvalidOutput(path + ".evidence must be an array of utterance ids");
        }
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < e.size(); j++) {
            JsonNode id = e.get(j);
            if (!id.isTextual() || id.asText().isBlank()) {
                throw new InvalidOutput(path + ".evidence[" + j + "] must be an utterance id string such as \"u3\"");
            }
            String v = id.asText().strip();
            if (v.startsWith("[") && v.endsWith("]")) {
                v = v.substring(1, v.length() - 1).strip();
            }
            if (!ids.contains(v)) {
                ids.add(v);
            }
        }
        return ids;
    }

    private static <E extends Enum<E>> void enumValue(JsonNode node, String field, String path, Class<E> type)
            throws InvalidOutput {
        JsonNode v = node.get(field);
        List<String> allowed = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
            allowed.add(c.name());
        }
        if (v == null || !v.isTextual() || !allowed.contains(v.asText().toUpperCase(Locale.ROOT))) {
            throw new InvalidOutput(path + "." + field + " must be one of " + String.join(", ", allowed));
        }
    }

    private static String stripFences(String answer) {
        String s = answer.strip();
        if (s.startsWith("```")) {
            int nl = s.indexOf('\n');
            int end = s.lastIndexOf("```");
            if (nl > 0 && end > nl) {
                return s.substring(nl + 1, end);
            }
        }
        return s;
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
