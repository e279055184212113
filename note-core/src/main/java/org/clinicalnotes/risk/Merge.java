package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicalnotes.note.CssrsLevel;
import org.clinicalnotes.note.Perpetrator;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.note.RiskKind;
import org.clinicalnotes.note.RiskSeverity;
import org.clinicalnotes.note.RiskStatus;
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
    record Signal(RiskKind kind, RiskStatus status, String detail, boolean historical, boolean recent,
                  boolean lethal, List<String> ids, String relation, boolean weak, Perpetrator perpetratorGuess) {

        Signal(RiskKind kind, RiskStatus status, String detail, boolean historical, boolean recent, boolean lethal,
               List<String> ids, String relation, boolean weak) {
            this(kind, status, detail, historical, recent, lethal, ids, relation, weak, null);
        }
    }

    static Signal signal(RiskKind kind, RiskStatus status, String detail, String context, List<String> ids,
                         String relation, boolean weak) {
        boolean recent = RiskCues.RECENT.matcher(context).find();
        boolean historical = RiskCues.HISTORY.matcher(context).find() && !recent;
        boolean lethal = RiskCues.LETHAL.matcher(context).find();
        return new Signal(kind, status, detail, historical, recent, lethal, ids, relation, weak);
    }

    static boolean isAbuse(RiskKind k) {
        return k == RiskKind.CHILD_ABUSE || k == RiskKind.ELDER_ABUSE || k == RiskKind.INTIMATE_PARTNER_VIOLENCE;
    }

    /** The abuse kind the relationship named in the text implies; the given kind when none is named. */
    static RiskKind abuseKind(RiskKind kind, String relation) {
        Perpetrator p = firstRelation(relation, Perpetrator.values());
        if (p == null) {
            return kind;
        }
        return switch (p) {
            case PARENT, PARENT_PARTNER -> RiskKind.CHILD_ABUSE;
            case ADULT_CHILD -> RiskKind.ELDER_ABUSE;
            case CAREGIVER -> RiskCues.CHILD_CARER.matcher(relation).find() ? RiskKind.CHILD_ABUSE : RiskKind.ELDER_ABUSE;
            case PARTNER -> kind == RiskKind.CHILD_ABUSE ? kind : RiskKind.INTIMATE_PARTNER_VIOLENCE;
            case OTHER -> Roles.byVictimAge(kind, relation);
        };
    }

    private static Perpetrator firstRelation(String text, Perpetrator... candidates) {
        for (Map.Entry<Perpetrator, Pattern> e : RiskCues.PERPETRATORS.entrySet()) {
            for (Perpetrator c : candidates) {
                if (c == e.getKey() && e.getValue().matcher(text).find()) {
                    return c;
                }
            }
        }
        return null;
    }

    static Perpetrator perpetrator(RiskKind kind, String relation) {
        return switch (kind) {
            case INTIMATE_PARTNER_VIOLENCE -> Perpetrator.PARTNER;
            case CHILD_ABUSE -> (firstRelation(relation, Perpetrator.PARENT_PARTNER, Perpetrator.CAREGIVER,
                    Perpetrator.PARENT, Perpetrator.OTHER));
            case ELDER_ABUSE -> (firstRelation(relation, Perpetrator.CAREGIVER, Perpetrator.ADULT_CHILD,
                    Perpetrator.PARTNER, Perpetrator.OTHER));
            default -> null;
        };
    }

    /** The detail word for a semantic hit, in the screen's C-SSRS-aligned vocabulary. */
    static String detailOf(SemanticHit h) {
        return detailOf(h.kind(), h.level());
    }

    /** The detail word for a C-SSRS level when there is one, else the kind's default detail. */
    static String detailOf(RiskKind kind, CssrsLevel level) {
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

    static CssrsLevel level(String detail) {
        return switch (detail == null ? "" : detail) {
            case "passive" -> CssrsLevel.WISH_TO_BE_DEAD;
            case "active" -> CssrsLevel.NON_SPECIFIC_THOUGHTS;
            case "method", "means" -> CssrsLevel.METHOD;
            case "intent" -> CssrsLevel.INTENT;
            case "plan" -> CssrsLevel.PLAN;
            case "preparatory" -> CssrsLevel.PREPARATORY;
            case "attempt" -> CssrsLevel.ATTEMPT;
            default -> null;
        };
    }

    static List<RiskFinding> findings(List<Signal> signals, List<String> actions, Transcript transcript) {
        Map<RiskKind, List<Signal>> byKind = new EnumMap<>(RiskKind.class);
        for (Signal s : signals) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        List<String> order = transcript.utterances().stream().map(Utterance::id).toList();
        List<RiskFinding> out = new ArrayList<>();
        for (Map.Entry<RiskKind, List<Signal>> e : byKind.entrySet()) {
            // Weak semantic readings stand only beside another reading of the kind that is not a denial.
            List<Signal> all = e.getValue();
            boolean supported = all.stream().anyMatch(s -> !s.weak() && s.status() != RiskStatus.DENIED);
            List<Signal> kept = supported ? all : all.stream().filter(s -> !s.weak()).toList();
            if (!kept.isEmpty()) {
                out.add(finding(e.getKey(), kept, actions, order));
            }
        }
        return out;
    }

    private static RiskFinding finding(RiskKind kind, List<Signal> all, List<String> actions, List<String> order) {
        boolean current = all.stream().anyMatch(s -> s.status() == RiskStatus.PRESENT && !s.historical());
        boolean past = all.stream().anyMatch(s -> s.status() == RiskStatus.PRESENT && s.historical());
        RiskStatus status = current ? RiskStatus.PRESENT
                : all.stream().anyMatch(s -> s.status() == RiskStatus.UNCLEAR) ? RiskStatus.UNCLEAR
                : past ? RiskStatus.HISTORICAL : RiskStatus.DENIED;
        RiskStatus wanted = status == RiskStatus.HISTORICAL ? RiskStatus.PRESENT : status;
        List<Signal> chosen = all.stream().filter(s -> s.status() == wanted).toList();
        Set<String> ev = new LinkedHashSet<>();
        Set<String> details = new LinkedHashSet<>();
        boolean historical = true;
        RiskSeverity severity = RiskSeverity.NONE;
        CssrsLevel level = null;
        Perpetrator perpetrator = null;
        for (Signal s : chosen) {
            ev.addAll(s.ids());
            if (s.detail() != null) {
                details.add(s.detail());
            }
            historical &= s.historical();
            if (s.recent() && (kind == RiskKind.SUICIDE_ATTEMPT || kind == RiskKind.SELF_HARM
                    || kind == RiskKind.DANGEROUS_SUBSTANCE_USE)) {
                details.add("recent");
            }
            severity = max(severity, severity(kind, s));
            CssrsLevel l = kind == RiskKind.SUICIDAL_IDEATION ? level(s.detail()) : null;
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
        if (status == RiskStatus.PRESENT && kind == RiskKind.SUICIDAL_IDEATION) {
            // C-SSRS: the highest feature said anywhere in the conversation counts.
            for (Signal s : all) {
                if (s.status() == RiskStatus.PRESENT && s.detail() != null) {
                    details.add(s.detail());
                    CssrsLevel l = level(s.detail());
                    if (l != null && (level == null || l.compareTo(level) > 0)) {
                        level = l;
                    }
                }
            }
            if (details.contains("active") || details.contains("method") || details.contains("plan")) {
                details.remove("passive");
            }
            if (level == null) {
                level = CssrsLevel.NON_SPECIFIC_THOUGHTS;
            }
        }
        if (kind == RiskKind.SUICIDE_ATTEMPT) {
            level = CssrsLevel.ATTEMPT;
        }
        if (status == RiskStatus.DENIED) {
            severity = RiskSeverity.NONE;
            details.clear();
            historical = false;
            level = null;
            perpetrator = null;
        } else if (status == RiskStatus.UNCLEAR) {
            severity = RiskSeverity.LOW;
            historical = false;
            level = null;
        } else if (status == RiskStatus.HISTORICAL) {
            severity = RiskSeverity.LOW;
            historical = true;
        }
        List<String> evidence = ev.stream().sorted((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)))
                .toList();
        List<String> acts = status == RiskStatus.DENIED ? List.of() : actions;
        details.remove("disclosed");
        return new RiskFinding(new RiskFlag(kind, status, severity, evidence, acts, level, perpetrator),
                List.copyOf(details), historical);
    }

    private static RiskSeverity severity(RiskKind kind, Signal s) {
        if (s.status() != RiskStatus.PRESENT) {
            return RiskSeverity.NONE;
        }
        if (s.historical()) {
            return RiskSeverity.LOW;
        }
        return switch (kind) {
            case SUICIDAL_IDEATION -> switch (s.detail() == null ? "" : s.detail()) {
                case "passive" -> RiskSeverity.LOW;
                case "method", "plan", "intent", "means", "preparatory", "attempt" -> RiskSeverity.HIGH;
                default -> RiskSeverity.MODERATE;
            };
            case SUICIDE_ATTEMPT, SELF_HARM, DANGEROUS_SUBSTANCE_USE ->
                    s.recent() || "withdrawal seizure".equals(s.detail()) ? RiskSeverity.HIGH : RiskSeverity.MODERATE;
            case HOMICIDAL_IDEATION, INTIMATE_PARTNER_VIOLENCE, ELDER_ABUSE ->
                    s.lethal() ? RiskSeverity.HIGH : RiskSeverity.MODERATE;
            case CHILD_ABUSE -> RiskSeverity.HIGH;
        };
    }

    private static RiskSeverity max(RiskSeverity a, RiskSeverity b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
