package org.clinicalnotes.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.deid.SurrogateVault;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * What {@link PlanWriter} sends a model and how it takes the answer back: the cited utterances renumbered
 * {@code u1…}, one template section per goal and intervention with its draft wording (session names replaced by
 * {@code session N}, due dates by the number of weeks), and the element-by-element checks of the answer.
 */
final class PlanPrompt {

    private static final Pattern SESSION_N = Pattern.compile("\\bsession (\\d{1,3})\\b");
    private static final String ELEMENT = "x";

    private final PlanDraft local;
    private final List<String> sessionIds;
    /** Renumbered id to the session and the utterance's own id. */
    private final Map<String, Evidence> origin;
    private final Transcript transcript;
    /** Section id to the element's index among goals (g) or interventions (i), and the element utterance id. */
    private final List<Element> elements;

    private record Element(String section, boolean goal, int index, String utteranceId) {
    }

    /** The answer folded into the local draft. */
    record Merge(PlanDraft plan, int reworded, int rejected) {
    }

    private PlanPrompt(PlanDraft local, List<String> sessionIds, Map<String, Evidence> origin, Transcript transcript,
                       List<Element> elements) {
        this.local = local;
        this.sessionIds = sessionIds;
        this.origin = origin;
        this.transcript = transcript;
        this.elements = elements;
    }

    static PlanPrompt of(Course course, PlanDraft local, int maxUtterances) {
        List<CourseSession> sessions = course.history().sessions();
        List<String> sessionIds = sessions.stream().map(CourseSession::id).toList();
        Map<String, Set<String>> cited = new HashMap<>();
        List<String[]> texts = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < local.goals().size(); i++) {
            PlanDraft.Goal g = local.goals().get(i);
            if (collect(g.evidence(), cited)) {
                String text = g.due() == null ? g.text() : g.text().replace("by " + g.due() + " (" + PlanDraft.GOAL_WEEKS
                        + " weeks)", "within " + PlanDraft.GOAL_WEEKS + " weeks");
                elements.add(new Element("goal-" + (i + 1), true, i, ELEMENT + (elements.size() + 1)));
                texts.add(new String[] {pseudonyms(text, sessionIds)});
            }
        }
        for (int i = 0; i < local.interventions().size(); i++) {
            PlanDraft.Intervention in = local.interventions().get(i);
            if (collect(in.evidence(), cited)) {
                elements.add(new Element("intervention-" + (i + 1), false, i, ELEMENT + (elements.size() + 1)));
                texts.add(new String[] {pseudonyms(in.text(), sessionIds)});
            }
        }
        List<Utterance> us = new ArrayList<>();
        Map<String, Evidence> origin = new LinkedHashMap<>();
        for (CourseSession s : sessions) {
            Set<String> ids = cited.getOrDefault(s.id(), Set.of());
            for (Utterance u : s.transcript().utterances()) {
                if (ids.contains(u.id()) && us.size() < maxUtterances) {
                    String id = "u" + (us.size() + 1);
                    us.add(new Utterance(id, role(u.speaker()), u.text(), null, null));
                    origin.put(id, Evidence.of(s.id(), u.id()));
                }
            }
        }
        if (us.isEmpty() || elements.isEmpty()) {
            return new PlanPrompt(local, sessionIds, origin, null, List.of());
        }
        for (int k = 0; k < elements.size(); k++) {
            us.add(new Utterance(elements.get(k).utteranceId(), Speaker.CLINICIAN, texts.get(k)[0], null,
                    null));
        }
        return new PlanPrompt(local, sessionIds, origin, Transcript.of(us), elements);
    }

    /** The role alone: a speaker's label may be a name. */
    private static Speaker role(Speaker s) {
        return switch (s.role()) {
            case CLINICIAN -> Speaker.CLINICIAN;
            case PATIENT -> Speaker.PATIENT;
            default -> Speaker.of(s.role(), "other");
        };
    }

    private static boolean collect(List<Evidence> evidence, Map<String, Set<String>> cited) {
        boolean any = false;
        for (Evidence e : evidence) {
            if (!e.isJournal() && !e.ids().isEmpty()) {
                cited.computeIfAbsent(e.session(), k -> new LinkedHashSet<>()).addAll(e.ids());
                any = true;
            }
        }
        return any;
    }

    private static String pseudonyms(String text, List<String> sessionIds) {
        String out = text;
        for (int i = sessionIds.size() - 1; i >= 0; i--) {
            out = out.replace(sessionIds.get(i), "session " + (i + 1));
        }
        return out.replace("session session ", "session ");
    }

    boolean isEmpty() {
        return elements.isEmpty();
    }

    /** @return the transcript to redact: the cited utterances, then one clinician line per element's wording */
    Transcript transcript() {
        return transcript;
    }

    /** @return the redacted transcript without the element lines: what the model reads */
    Transcript withoutElements(Transcript redacted) {
        return Transcript.of(redacted.utterances().stream().filter(u -> origin.containsKey(u.id())).toList());
    }

    /** @return one section per element, its guidance holding the element's redacted wording */
    NoteTemplate template(Transcript redacted) {
        List<NoteTemplate.SectionSpec> specs = new ArrayList<>();
        for (Element e : elements) {
            String wording = redacted.utterance(e.utteranceId()).map(Utterance::text).orElse("");
            String guidance = (e.goal()
                    ? "Rewrite this treatment-plan goal as one specific, measurable sentence for the client, keeping its "
                    + "measure, its target number and its time frame exactly: "
                    : "Rewrite this treatment-plan intervention as one concrete sentence saying what the clinician and "
                    + "client will do: ") + "\"" + wording.replace('"', '\'') + "\". Cite the utterances that show why.";
            specs.add(new NoteTemplate.SectionSpec(e.section(), (e.goal() ? "Goal " : "Intervention ") + e.section().replaceAll("\\D", ""),
                    null, guidance, true, List.of(e.goal() ? NoteTemplate.ContentKind.GOALS : NoteTemplate.ContentKind.PLAN)));
        }
        return NoteTemplate.of("treatment-plan", "treatment plan (goals and interventions)", "18776-5", specs);
    }

    /** Folds the model's sections into the local draft, element by element, re-identified. */
    Merge merge(Map<String, NoteSection> answer, SurrogateVault vault) {
        List<PlanDraft.Goal> goals = new ArrayList<>(local.goals());
        List<PlanDraft.Intervention> interventions = new ArrayList<>(local.interventions());
        int reworded = 0;
        int rejected = 0;
        for (Element e : elements) {
            NoteSection s = answer.get(e.section());
            if (s == null || s.statements().isEmpty()) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            Map<String, List<String>> bySession = new LinkedHashMap<>();
            boolean ok = true;
            for (NoteStatement st : s.statements()) {
                texts.add(st.text().strip());
                for (String id : st.evidence()) {
                    Evidence o = origin.get(id);
                    if (o == null) {
                        ok = false;
                    } else {
                        List<String> ids = bySession.computeIfAbsent(o.session(), k -> new ArrayList<>());
                        if (!ids.contains(o.ids().get(0))) {
                            ids.add(o.ids().get(0));
                        }
                    }
                }
            }
            String text = restoreSessions(vault.reidentify(String.join(" ", texts)).strip());
            if (!ok || bySession.isEmpty() || text.isEmpty()) {
                rejected++;
                continue;
            }
            if (e.goal()) {
                PlanDraft.Goal g = goals.get(e.index());
                boolean target = containsNumber(text, Brief.fmt(g.below()))
                        || g.below() == 1 && containsNumber(text, "0"); // below 1 on a level scale is level 0
                if (!text.contains(g.instrument()) || !target) {
                    rejected++;
                    continue;
                }
                goals.set(e.index(), new PlanDraft.Goal(text, g.problemKey(), g.instrument(), g.below(), g.due(),
                        union(g.evidence(), bySession)));
            } else {
                PlanDraft.Intervention in = interventions.get(e.index());
                interventions.set(e.index(), new PlanDraft.Intervention(text, union(in.evidence(), bySession)));
            }
            reworded++;
        }
        return new Merge(new PlanDraft(local.problems(), goals, interventions, local.measures(), local.start()),
                reworded, rejected);
    }

    private static boolean containsNumber(String text, String number) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)").matcher(text).find();
    }

    private String restoreSessions(String text) {
        Matcher m = SESSION_N.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(n >= 1 && n <= sessionIds.size()
                    ? "session " + sessionIds.get(n - 1) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static List<Evidence> union(List<Evidence> local, Map<String, List<String>> added) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (Evidence e : local) {
            all.computeIfAbsent(e.session(), k -> new ArrayList<>()).addAll(e.ids());
        }
        added.forEach((session, ids) -> {
            List<String> have = all.computeIfAbsent(session, k -> new ArrayList<>());
            ids.stream().filter(id -> !have.contains(id)).forEach(have::add);
        });
        List<Evidence> out = new ArrayList<>();
        all.forEach((session, ids) -> out.add(new Evidence(session, ids)));
        return out;
    }
}
