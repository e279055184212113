package org.clinicalnotes.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.internal.CanonicalJson;

/**
 * {@code plan.json}, versioned: the plan, its status and signer, and {@code integrity {algorithm, digest,
 * signature?}} (the optional JWS is outside the digest, which it covers), the digest being a
 * SHA-256 over the canonical form of the tree without its {@code integrity} member (members sorted by name at
 * every level, no whitespace, UTF-8), as for notes. Deterministic; thread-safe.
 */
final class PlanJson {

    static final int SCHEMA_VERSION = 1;
    static final String FIELD = "integrity";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private PlanJson() {
    }

    static String write(PlanDocument d) {
        return write(d, null);
    }

    static String write(PlanDocument d, String signature) {
        ObjectNode root = tree(d);
        ObjectNode integrity = root.putObject(FIELD).put("algorithm", "SHA-256").put("digest", digest(root));
        if (signature != null) {
            integrity.put("signature", signature);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> signature(String text) {
        try {
            JsonNode sig = COMPACT.readTree(text).path(FIELD).path("signature");
            return sig.isTextual() && !sig.asText().isBlank() ? Optional.of(sig.asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static String digest(PlanDocument d) {
        return digest(tree(d));
    }

    static ObjectNode tree(PlanDocument d) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", SCHEMA_VERSION);
        root.put("kind", "treatment-plan");
        root.put("status", d.status().name());
        root.put("patientId", d.patientId());
        root.put("created", d.created().toString());
        root.put("model", d.model());
        if (d.signer() != null) {
            root.put("signer", d.signer());
            root.put("signedAt", d.signedAt().toString());
            root.put("reviewedDigest", d.reviewedDigest());
        }
        ArrayNode edits = root.putArray("edits");
        d.edits().forEach(edits::add);
        PlanDraft p = d.plan();
        ObjectNode plan = root.putObject("plan");
        if (p.start() != null) {
            plan.put("start", p.start().toString());
        }
        ArrayNode a = plan.putArray("problems");
        p.problems().forEach(x -> evidence(a.addObject().put("key", x.key()).put("text", x.text()), x.evidence()));
        ArrayNode g = plan.putArray("goals");
        for (PlanDraft.Goal x : p.goals()) {
            ObjectNode o = g.addObject().put("text", x.text()).put("problemKey", x.problemKey())
                    .put("instrument", x.instrument()).put("below", x.below());
            if (x.due() != null) {
                o.put("due", x.due().toString());
            }
            evidence(o, x.evidence());
        }
        ArrayNode in = plan.putArray("interventions");
        p.interventions().forEach(x -> evidence(in.addObject().put("text", x.text()), x.evidence()));
        ArrayNode m = plan.putArray("measures");
        p.measures().forEach(x -> evidence(m.addObject().put("instrument", x.instrument()).put("text", x.text()),
                x.evidence()));
        return root;
    }

    private static void evidence(ObjectNode o, List<Evidence> ev) {
        ArrayNode arr = o.putArray("evidence");
        for (Evidence e : ev) {
            ObjectNode x = arr.addObject().put("session", e.session());
            ArrayNode ids = x.putArray("ids");
            e.ids().forEach(ids::add);
        }
    }

    /**
     * @throws BadInputException CN-5163 when the text is not a plan, CN-5160 when its digest does not hold
     */
    static PlanDocument read(String text, String source) {
        JsonNode root;
        try {
            root = COMPACT.readTree(text);
        } catch (JsonProcessingException e) {
            throw notAPlan(source, "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject() || !"treatment-plan".equals(root.path("kind").asText())) {
            throw notAPlan(source, "not a plan.json written by clinical-notes");
        }
        String stored = root.path(FIELD).path("digest").asText("");
        String actual = digest((ObjectNode) root);
        if (!stored.equals(actual)) {
            throw new BadInputException("CN-5160", source, 0, "the plan's content does not match its digest "
                    + "(integrity.digest): it was changed after clinical-notes wrote it",
                    "Make the plan again with 'plan', review it, and sign that file unchanged.", null);
        }
        try {
            PlanDocument.Status status = PlanDocument.Status.valueOf(req(root, "status", source));
            JsonNode p = root.path("plan");
            List<PlanDraft.Problem> problems = new ArrayList<>();
            for (JsonNode x : p.path("problems")) {
                problems.add(new PlanDraft.Problem(req(x, "key", source), req(x, "text", source), evidence(x)));
            }
            List<PlanDraft.Goal> goals = new ArrayList<>();
            for (JsonNode x : p.path("goals")) {
                goals.add(new PlanDraft.Goal(req(x, "text", source), req(x, "problemKey", source),
                        req(x, "instrument", source), x.path("below").asDouble(),
                        x.hasNonNull("due") ? LocalDate.parse(x.get("due").asText()) : null, evidence(x)));
            }
            List<PlanDraft.Intervention> interventions = new ArrayList<>();
            for (JsonNode x : p.path("interventions")) {
                interventions.add(new PlanDraft.Intervention(req(x, "text", source), evidence(x)));
            }
            List<PlanDraft.Tracked> measures = new ArrayList<>();
            for (JsonNode x : p.path("measures")) {
                measures.add(new PlanDraft.Tracked(req(x, "instrument", source), req(x, "text", source), evidence(x)));
            }
            PlanDraft plan = new PlanDraft(problems, goals, interventions, measures,
                    p.hasNonNull("start") ? LocalDate.parse(p.get("start").asText()) : null);
            List<String> edits = new ArrayList<>();
            root.path("edits").forEach(e -> edits.add(e.asText()));
            return new PlanDocument(plan, req(root, "patientId", source), Instant.parse(req(root, "created", source)),
                    req(root, "model", source), status, root.hasNonNull("signer") ? root.get("signer").asText() : null,
                    root.hasNonNull("signedAt") ? Instant.parse(root.get("signedAt").asText()) : null,
                    root.hasNonNull("reviewedDigest") ? root.get("reviewedDigest").asText() : null, edits);
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw notAPlan(source, "a field has the wrong form (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<Evidence> evidence(JsonNode x) {
        List<Evidence> out = new ArrayList<>();
        for (JsonNode e : x.path("evidence")) {
            List<String> ids = new ArrayList<>();
            e.path("ids").forEach(i -> ids.add(i.asText()));
            out.add(new Evidence(e.path("session").asText(), ids));
        }
        return out;
    }

    private static String req(JsonNode n, String field, String source) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw notAPlan(source, "the field '" + field + "' is missing");
        }
        return v.asText();
    }

    private static BadInputException notAPlan(String source, String why) {
        return new BadInputException("CN-5163", source, 0, "cannot read the plan: " + why,
                "Pass the plan.json (or its folder) that 'plan' wrote.", null);
    }

    private static String digest(ObjectNode root) {
        return CanonicalJson.sha256Without(root, FIELD, "a plan");
    }
}
