package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/** Turns signals into one finding per kind: status, C-SSRS level, severity, perpetrator, evidence. Not API. */
final class Merge {

    private Merge() {
    }

    /**
     * One reading of one kind in one place. {@code relation} is the text that may name a perpetrator;
     * {@code perpetratorGuess} is a learned model's perpetrator, used only when no relation word names one.
     */
    record Signal(RiskFlag.Kind kind, RiskFlag.Status status, String detail, boolean historical, boolean recent,
                  boolean lethal, List<String> ids, String relation, boolean weak, RiskFlag.Perpetrator perpetratorGuess) {

        Signal(RiskFlag.Kind kind, RiskFlag.Status status, String detail, boolean historical, boolean recent, boolean lethal,
               List<String> ids, String relation, boolean weak) {
            this(kind, status, detail, historical, recent, lethal, ids, relation, weak, null);
        }
    }

    static Signal signal(RiskFlag.Kind kind, RiskFlag.Status status, String detail, String context, List<String> ids,
                         String relation, boolean weak) {
        boolean recent = RiskCues.RECENT.matcher(context).find();
        boolean historical = RiskCues.HISTORY.matcher(context).find() && !recent;
        boolean lethal = RiskCues.LETHAL.matcher(context).find();
        return new Signal(kind, status, detail, historical, recent, lethal, ids, relation, weak);
    }

    static boolean isAbuse(RiskFlag.Kind k) {
        return k == RiskFlag.Kind.CHILD_ABUSE || k == RiskFlag.Kind.ELDER_ABUSE || k == RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE;
    }

    /** The abuse kind the relationship named in the text implies; the given kind when none is named. */
    static RiskFlag.Kind abuseKind(RiskFlag.Kind kind, String relation) {
        RiskFlag.Perpetrator p = firstRelation(relation, RiskFlag.Perpetrator.values());
        if (p == null) {
            return kind;
        }
        return switch (p) {
            case PARENT, PARENT_PARTNER -> RiskFlag.Kind.CHILD_ABUSE;
            case ADULT_CHILD -> RiskFlag.Kind.ELDER_ABUSE;
            case CAREGIVER -> RiskCues.CHILD_CARER.matcher(relation).find() ? RiskFlag.Kind.CHILD_ABUSE : RiskFlag.Kind.ELDER_ABUSE;
            case PARTNER -> kind == RiskFlag.Kind.CHILD_ABUSE ? kind : RiskFlag.Kind.INTIMATE_PARTNER_VIOLENCE;
            case OTHER -> Roles.byVictimAge(kind, relation);
        };
    }

    private static RiskFlag.Perpetrator firstRelation(String text, RiskFlag.Perpetrator... candidates) {
        for (Map.Entry<RiskFlag.Perpetrator, Pattern> e : RiskCues.PERPETRATORS.entrySet()) {
            for (RiskFlag.Perpetrator c : candidates) {
                if (c == e.getKey() && e.getValue().matcher(text).find()) {
                    return c;
                }
            }
        }
        return null;
    }

    static RiskFlag.Perpetrator perpetrator(RiskFlag.Kind kind, String relation) {
        return switch (kind) {
            case INTIMATE_PARTNER_VIOLENCE -> RiskFlag.Perpetrator.PARTNER;
            case CHILD_ABUSE -> (firstRelation(relation, RiskFlag.Perpetrator.PARENT_PARTNER, RiskFlag.Perpetrator.CAREGIVER,
                    RiskFlag.Perpetrator.PARENT, RiskFlag.Perpetrator.OTHER));
            case ELDER_ABUSE -> (firstRelation(relation, RiskFlag.Perpetrator.CAREGIVER, RiskFlag.Perpetrator.ADULT_CHILD,
                    RiskFlag.Perpetrator.PARTNER, RiskFlag.Perpetrator.OTHER));
            default -> null;
        };
    }

    /** The detail word for a semantic hit, in the screen's C-SSRS-aligned vocabulary. */
    static String detailOf(SemanticHit h) {
        return detailOf(h.kind(), h.level());
    }

    /** The detail word for a C-SSRS level when there is one, else the kind's default detail. */
    static String detailOf(RiskFlag.Kind kind, RiskFlag.CssrsLevel level) {
        if (level != null) {
            return switch (level) {
                case WISH_TO_BE_DEAD -> "passive";
                case NON_SPECIFIC_THOUGHTS -> "active";
                case METHOD -> "method";
                case INTENT -> "intent";
                case PLAN -> "plan";
                case PREPARATORY -> "preparatory";
                case ATTEMPT -> "attempt";
            };
        }
        return switch (kind) {
            case SUICIDAL_IDEATION, HOMICIDAL_IDEATION -> "active";
            case SUICIDE_ATTEMPT -> "attempt";
            case SELF_HARM -> "self-injury";
            case CHILD_ABUSE, ELDER_ABUSE -> "abuse";
            case INTIMATE_PARTNER_VIOLENCE -> "violence";
            case DANGEROUS_SUBSTANCE_USE -> "dangerous use";
        };
    }

    static RiskFlag.CssrsLevel level(String detail) {
        return switch (detail == null ? "" : detail) {
            case "passive" -> RiskFlag.CssrsLevel.WISH_TO_BE_DEAD;
            case "active" -> RiskFlag.CssrsLevel.NON_SPECIFIC_THOUGHTS;
            case "method", "means" -> RiskFlag.CssrsLevel.METHOD;
            case "intent" -> RiskFlag.CssrsLevel.INTENT;
            case "plan" -> RiskFlag.CssrsLevel.PLAN;
            case "preparatory" -> RiskFlag.CssrsLevel.PREPARATORY;
            case "attempt" -> RiskFlag.CssrsLevel.ATTEMPT;
            default -> null;
        };
    }

    static List<RiskFinding> findings(List<Signal> signals, List<String> actions, Transcript transcript) {
        Map<RiskFlag.Kind, List<Signal>> byKind = new EnumMap<>(RiskFlag.Kind.class);
        for (Signal s : signals) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        List<String> order = transcript.utterances().stream().map(Utterance::id).toList();
        List<RiskFinding> out = new ArrayList<>();
        for (Map.Entry<RiskFlag.Kind, List<Signal>> e : byKind.entrySet()) {
            // Weak semantic readings stand only beside another reading of the kind that is not a denial.
            List<Signal> all = e.getValue();
            boolean supported = all.stream().anyMatch(s -> !s.weak() && s.status() != RiskFlag.Status.DENIED);
            List<Signal> kept = supported ? all : all.stream().filter(s -> !s.weak()).toList();
            if (!kept.isEmpty()) {
                out.add(finding(e.getKey(), kept, actions, order));
            }
        }
        return out;
    }

    private static RiskFinding finding(RiskFlag.Kind kind, List<Signal> all, List<String> actions, List<String> order) {
        boolean current = all.stream().anyMatch(s -> s.status() == RiskFlag.Status.PRESENT && !s.historical());
        boolean past = all.stream().anyMatch(s -> s.status() == RiskFlag.Status.PRESENT && s.historical());
        RiskFlag.Status status = current ? RiskFlag.Status.PRESENT
                : all.stream().anyMatch(s -> s.status() == RiskFlag.Status.UNCLEAR) ? RiskFlag.Status.UNCLEAR
                : past ? RiskFlag.Status.HISTORICAL : RiskFlag.Status.DENIED;
        RiskFlag.Status wanted = status == RiskFlag.Status.HISTORICAL ? RiskFlag.Status.PRESENT : status;
        List<Signal> chosen = all.stream().filter(s -> s.status() == wanted).toList();
        Set<String> ev = new LinkedHashSet<>();
        Set<String> details = new LinkedHashSet<>();
        boolean historical = true;
        RiskFlag.Severity severity = RiskFlag.Severity.NONE;
        RiskFlag.CssrsLevel level = null;
        RiskFlag.Perpetrator perpetrator = null;
        for (Signal s : chosen) {
            ev.addAll(s.ids());
            if (s.detail() != null) {
                details.add(s.detail());
            }
            historical &= s.historical();
            if (s.recent() && (kind == RiskFlag.Kind.SUICIDE_ATTEMPT || kind == RiskFlag.Kind.SELF_HARM
                    || kind == RiskFlag.Kind.DANGEROUS_SUBSTANCE_USE)) {
                details.add("recent");
            }
            severity = max(severity, severity(kind, s));
            RiskFlag.CssrsLevel l = kind == RiskFlag.Kind.SUICIDAL_IDEATION ? level(s.detail()) : null;
            if (l != null && (level == null || l.compareTo(level) > 0)) {
                level = l;
            }
            if (perpetrator == null) {
                perpetrator = perpetrator(kind, s.relation());
            }
        }
        for (Signal s : chosen) {
            if (perpetrator == null && isAbuse(kind)) {
                perpetrator = s.perpetratorGuess();
            }
        }
        if (status == RiskFlag.Status.PRESENT && kind == RiskFlag.Kind.SUICIDAL_IDEATION) {
            // C-SSRS: the highest feature said anywhere in the conversation counts.
            for (Signal s : all) {
                if (s.status() == RiskFlag.Status.PRESENT && s.detail() != null) {
                    details.add(s.detail());
                    RiskFlag.CssrsLevel l = level(s.detail());
                    if (l != null && (level == null || l.compareTo(level) > 0)) {
                        level = l;
                    }
                }
            }
            if (details.contains("active") || details.contains("method") || details.contains("plan")) {
                details.remove("passive");
            }
            if (level == null) {
                level = RiskFlag.CssrsLevel.NON_SPECIFIC_THOUGHTS;
            }
        }
        if (kind == RiskFlag.Kind.SUICIDE_ATTEMPT) {
            level = RiskFlag.CssrsLevel.ATTEMPT;
        }
        if (status == RiskFlag.Status.DENIED) {
            severity = RiskFlag.Severity.NONE;
            details.clear();
            historical = false;
            level = null;
            perpetrator = null;
        } else if (status == RiskFlag.Status.UNCLEAR) {
            severity = RiskFlag.Severity.LOW;
            historical = false;
            level = null;
        } else if (status == RiskFlag.Status.HISTORICAL) {
            severity = RiskFlag.Severity.LOW;
            historical = true;
        }
        List<String> evidence = ev.stream().sorted((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)))
                .toList();
        List<String> acts = status == RiskFlag.Status.DENIED ? List.of() : actions;
        details.remove("disclosed");
        return new RiskFinding(new RiskFlag(kind, status, severity, evidence, acts, level, perpetrator),
                List.copyOf(details), historical);
    }

    private static RiskFlag.Severity severity(RiskFlag.Kind kind, Signal s) {
        if (s.status() != RiskFlag.Status.PRESENT) {
            return RiskFlag.Severity.NONE;
        }
        if (s.historical()) {
            return RiskFlag.Severity.LOW;
        }
        return switch (kind) {
            case SUICIDAL_IDEATION -> switch (s.detail() == null ? "" : s.detail()) {
                case "passive" -> RiskFlag.Severity.LOW;
                case "method", "plan", "intent", "means", "preparatory", "attempt" -> RiskFlag.Severity.HIGH;
                default -> RiskFlag.Severity.MODERATE;
            };
            case SUICIDE_ATTEMPT, SELF_HARM, DANGEROUS_SUBSTANCE_USE ->
                    s.recent() || "withdrawal seizure".equals(s.detail()) ? RiskFlag.Severity.HIGH : RiskFlag.Severity.MODERATE;
            case HOMICIDAL_IDEATION, INTIMATE_PARTNER_VIOLENCE, ELDER_ABUSE ->
                    s.lethal() ? RiskFlag.Severity.HIGH : RiskFlag.Severity.MODERATE;
            case CHILD_ABUSE -> RiskFlag.Severity.HIGH;
        };
    }

    private static RiskFlag.Severity max(RiskFlag.Severity a, RiskFlag.Severity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
