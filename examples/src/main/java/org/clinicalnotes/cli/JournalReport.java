package org.clinicalnotes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clinicalnotes.between.Alert;
import org.clinicalnotes.between.AuditEvent;
import org.clinicalnotes.between.CrisisResource;
import org.clinicalnotes.between.Evidence;
import org.clinicalnotes.between.LineProblem;
import org.clinicalnotes.between.SignalNumbers;
import org.clinicalnotes.between.Suggestion;

/** alerts.json and alerts.md of {@code journal scan}. */
final class JournalReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JournalReport() {
    }

    /** {@code {"version": 1, "entries", "alerts": [...], "skipped": [{file, line, code, reason}]}}. */
    static String json(List<Alert> alerts, int entries, List<LineProblem> problems) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.put("entries", entries);
        ArrayNode arr = root.putArray("alerts");
        for (Alert a : sorted(alerts)) {
            ObjectNode o = arr.addObject();
            o.put("id", a.id());
            o.put("client", a.clientId());
            o.put("priority", a.priority().name());
            o.put("kind", a.kind().name());
            o.put("raisedAt", a.raisedAt().toOffsetDateTime().toString());
            ArrayNode ids = o.putArray("entryIds");
            a.entryIds().forEach(ids::add);
            o.put("explanation", a.explanation());
            ArrayNode ev = o.putArray("evidence");
            for (Evidence e : a.evidence()) {
                ObjectNode x = ev.addObject().put("entryId", e.entryId());
                if (e.sentence() != null) {
                    x.put("sentence", e.sentence());
                }
                ArrayNode w = x.putArray("words");
                e.words().forEach(w::add);
            }
            a.risk().ifPresent(k -> o.put("risk", k.name()));
            a.signalNumbers().ifPresent(n -> {
                ObjectNode x = o.putObject("numbers");
                x.put("signal", n.signal());
                x.put("value", round(n.value()));
                x.put("baseline", round(n.baseline()));
                x.put("spread", round(n.spread()));
                x.put("threshold", round(n.threshold()));
                x.put("points", n.points());
                if (n.slopePerWeek() != 0) {
                    x.put("slopePerWeek", round(n.slopePerWeek()));
                }
            });
            a.suggested().ifPresent(s -> {
                ObjectNode x = o.putObject("suggestion");
                x.put("exerciseId", s.exerciseId());
                x.put("title", s.title());
                x.put("instructions", s.instructions());
                x.put("rationale", s.rationale());
                x.put("status", s.status().name());
            });
            if (!a.crisisResources().isEmpty()) {
                ArrayNode c = o.putArray("crisisResources");
                for (CrisisResource r : a.crisisResources()) {
                    c.addObject().put("name", r.name()).put("contact", r.contact());
                }
            }
            o.put("status", a.status().name());
            ArrayNode audit = o.putArray("audit");
            for (AuditEvent e : a.audit()) {
                audit.addObject().put("action", e.action().name()).put("by", e.by())
                        .put("at", e.at().toOffsetDateTime().toString());
            }
        }
        ArrayNode skipped = root.putArray("skipped");
        for (LineProblem p : problems) {
            skipped.addObject().put("file", p.source()).put("line", p.line()).put("code", p.code()).put("reason", p.reason());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String markdown(List<Alert> alerts, int entries, int skipped, Path input) {
        StringBuilder sb = new StringBuilder("# Between-session alerts\n\n");
        sb.append("Source: `").append(input.getFileName()).append("`, ").append(entries).append(" entries");
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(" lines skipped (see alerts.json)");
        }
        sb.append(". Drafts for the clinician: nothing here has been sent to a client.\n\n");
        if (alerts.isEmpty()) {
            sb.append("No alerts.\n");
        }
        for (Alert a : sorted(alerts)) {
            sb.append("## ").append(a.priority()).append(" · ").append(label(a)).append(" · client ")
                    .append(a.clientId()).append(" · ").append(a.raisedAt().toLocalDate()).append(' ')
                    .append(String.format(Locale.ROOT, "%02d:%02d", a.raisedAt().getHour(), a.raisedAt().getMinute()))
                    .append("\n\n");
            sb.append(a.explanation()).append("\n\n");
            for (Evidence e : a.evidence()) {
                sb.append("- Entry `").append(e.entryId()).append('`');
                if (e.sentence() != null) {
                    sb.append(": > ").append(e.sentence().replace("\n", " "));
                } else if (!e.words().isEmpty()) {
                    sb.append(": words ").append(String.join(", ", e.words().stream().map(w -> "\"" + w + "\"").toList()));
                }
                sb.append('\n');
            }
            if (!a.crisisResources().isEmpty()) {
                sb.append("\nCrisis resources configured by the organisation:\n");
                a.crisisResources().forEach(r -> sb.append("- ").append(r.name()).append(": ").append(r.contact()).append('\n'));
            } else if (a.priority() == org.clinicalnotes.between.AlertPriority.URGENT) {
                sb.append("\nNo crisis resources are configured (journal scan --crisis NAME=CONTACT).\n");
            }
            a.suggested().ifPresent(s -> sb.append("\nSuggested exercise (").append(s.status() == Suggestion.Status.DRAFT
                    ? "draft: approve before it is sent" : s.status().name().toLowerCase(Locale.ROOT)).append("): **")
                    .append(s.title()).append("**. ").append(s.instructions()).append("\n\n_Why:_ ").append(s.rationale())
                    .append(".\n"));
            sb.append("\nStatus: ").append(a.status()).append(", alert `").append(a.id()).append("`\n\n");
        }
        return sb.toString();
    }

    static String label(Alert a) {
        return switch (a.kind()) {
            case RISK -> "risk in the client's words";
            case SPIKE -> a.signalNumbers().map(SignalNumbers::signal).orElse("signal") + " spike";
            case TREND -> a.signalNumbers().map(SignalNumbers::signal).orElse("signal") + " worsening";
        };
    }

    static List<Alert> sorted(List<Alert> alerts) {
        return alerts.stream().sorted(Comparator.comparing((Alert a) -> a.priority().ordinal())
                .thenComparing(a -> a.raisedAt().toInstant())).toList();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
