package org.clinicalnotes.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * Works out which diarized speaker is the clinician, which the patient and which anyone else, from what they say.
 *
 * <p>Evidence, counted per speaker over their segments:
 * <ul>
 *   <li>clinician: questions (a {@code ?} or a sentence opening with a question word), clinical vocabulary
 *       (exam, prescribe, milligrams, follow up, blood pressure, …) and, strongest, an introduction
 *       ({@code I'm Dr. …}, {@code I'm your nurse}, {@code this is doctor …});</li>
 *   <li>patient: first-person symptom talk ({@code I've been}, {@code my chest}, {@code it hurts}, {@code I feel})
 *       and answers (the first turn after another speaker's question);</li>
 *   <li>other: speaking about the patient in the third person ({@code she's been}, {@code my son}),
 *       relationship introductions ({@code I'm her mother}) and interpreting.</li>
 * </ul>
 * The speaker with the highest clinician score is the clinician; of the rest, the one with the highest patient
 * score net of the other score is the patient; everyone else is OTHER. Two speakers are always a clinician and a
 * patient. A lone speaker is the clinician when their clinician score is at least their patient score. The
 * confidence grows with the margin over the runner-up: {@code 0.5 + 0.5 * tanh(margin)}, and is 0.5 with no
 * margin. Rule-based and deterministic; stateless and thread-safe.
 *
 * @since 0.1.0
 */
final class SpeakerRoleInference {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");
    private static final Pattern QUESTION_START = Pattern.compile("^(what|how|when|where|why|which|who|do you|does|"
            + "did you|are you|have you|has|is it|is there|can you|could you|any|tell me|would you|were you)\\b");
    private static final Pattern CLINICAL = Pattern.compile("\\b(exam\\w*|examine|prescri\\w+|recommend\\w*|"
            + "diagnos\\w+|milligrams?|mg|dose|dosage|follow[- ]?up|blood pressure|heart rate|labs?|x-?ray|mri|"
            + "ct scan|refer\\w*|side effects?|medications?|symptoms?|treatment|let's|let me|i'd like you to|"
            + "i want you to|on a scale|take a (deep )?breath|any history|allergies|vitals?|"
            + "assessment|plan)\\b");
    private static final Pattern INTRO_CLINICIAN = Pattern.compile("\\b(i'm|i am|this is|my name is|it's)\\s+"
            + "(dr\\.?|doctor|nurse|your (doctor|nurse|therapist|physician|counsel+or|provider)|"
            + "the (doctor|nurse|therapist|physician|resident|attending))\\b");
    private static final Pattern SYMPTOM = Pattern.compile("\\b(i've been|i have been|i've had|i have had|"
            + "i feel|i felt|i'm feeling|i am feeling|it hurts|hurts|i can't|i cannot|i couldn't|i get|i got|"
            + "my (head|chest|back|stomach|throat|knee|leg|arm|neck|pain|skin|heart|sleep|breathing)|"
            + "i have (a |some )?(pain|cough|fever|headache|rash)|i've noticed|started)\\b");
    private static final Pattern OTHER = Pattern.compile("\\b((i'm|i am) (his|her|their|the patient's) "
            + "(mother|mom|father|dad|wife|husband|partner|daughter|son|sister|brother|caregiver|carer|friend)|"
            + "(i'm|i am) (the |an? )?(interpreter|translator|caregiver|carer)|interpret\\w*|translat\\w*|"
            + "my (son|daughter|child|kid|baby|mother|mom|father|dad|wife|husband|partner)|"
            + "(she|he)('s| is| has| was| had|'s been| has been| keeps| says| said)|"
            + "(she|he) (can't|cannot|doesn't|didn't|won't))\\b");
    private static final Pattern INTRO_OTHER = Pattern.compile("\\b(i'm|i am) (his|her|their|the patient's|"
            + "the|an?) (mother|mom|father|dad|wife|husband|partner|daughter|son|sister|brother|caregiver|carer|"
            + "interpreter|translator)\\b");

    private SpeakerRoleInference() {
    }

    /**
     * Infers a role for each speaker label in the segments.
     *
     * @param segments the segments in order; not null; segments with an empty speaker count as one speaker
     * @return one assignment per distinct speaker, in order of first appearance, basis
     *         {@link SpeakerAssignment.Basis#INFERRED}, label {@code clinician}, {@code patient} or
     *         {@code speaker_X}
     * @since 0.1.0
     */
    public static List<SpeakerAssignment> infer(List<SpeechSegment> segments) {
        Objects.requireNonNull(segments, "segments");
        Map<String, Stats> stats = new LinkedHashMap<>();
        String previous = null;
        boolean previousAsked = false;
        for (SpeechSegment s : segments) {
            if (s.text().isEmpty()) {
                continue;
            }
            Stats st = stats.computeIfAbsent(s.speaker(), k -> new Stats());
            String text = s.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            st.utterances++;
            int questions = questions(text);
            st.questions += questions;
            st.clinical += count(CLINICAL, text);
            st.intro += count(INTRO_CLINICIAN, text);
            st.symptom += count(SYMPTOM, text);
            st.other += count(OTHER, text);
            st.otherIntro += count(INTRO_OTHER, text);
            if (previousAsked && previous != null && !previous.equals(s.speaker())) {
                st.answers++;
            }
            previous = s.speaker();
            previousAsked = questions > 0;
        }
        List<String> labels = new ArrayList<>(stats.keySet());
        Map<String, SpeakerAssignment> out = new LinkedHashMap<>();
        if (labels.isEmpty()) {
            return List.of();
        }
        if (labels.size() == 1) {
            Stats st = stats.get(labels.get(0));
            double c = st.clinicianScore();
            double p = st.patientScore();
            SpeakerRole role = c >= p ? SpeakerRole.CLINICIAN : SpeakerRole.PATIENT;
            return List.of(assignment(labels.get(0), role, confidence(Math.abs(c - p)), st));
        }
        String clinician = best(labels, stats, null, true);
        double clinMargin = margin(labels, stats, clinician, null, true);
        String patient = best(labels, stats, clinician, false);
        double patMargin = margin(labels, stats, patient, clinician, false);
        for (String label : labels) {
            Stats st = stats.get(label);
            if (label.equals(clinician)) {
                out.put(label, assignment(label, SpeakerRole.CLINICIAN, confidence(clinMargin), st));
            } else if (label.equals(patient)) {
                out.put(label, assignment(label, SpeakerRole.PATIENT,
                        labels.size() == 2 ? confidence(clinMargin) : confidence(patMargin), st));
            } else {
                double m = stats.get(patient).patientNet() - st.patientNet();
                out.put(label, assignment(label, SpeakerRole.OTHER, confidence(m), st));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * @param speaker a service speaker label
     * @return the transcript label for an OTHER speaker: {@code speaker_X} with X the label's letters and digits
     *         ({@code unknown} when there are none)
     * @since 0.1.0
     */
    public static String otherLabel(String speaker) {
        String s = speaker.replaceAll("[^A-Za-z0-9]", "");
        if (s.toLowerCase(Locale.ROOT).startsWith("speaker")) {
            s = s.substring("speaker".length());
        }
        return s.isEmpty() ? "unknown" : "speaker_" + s;
    }

    private static String best(List<String> labels, Map<String, Stats> stats, String exclude, boolean clinician) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String l : labels) {
            if (l.equals(exclude)) {
                continue;
            }
            Stats st = stats.get(l);
            double score = clinician ? st.clinicianScore() : st.patientNet();
            if (score > bestScore) {
                best = l;
                bestScore = score;
            }
        }
        return best;
    }

    private static double margin(List<String> labels, Map<String, Stats> stats, String winner, String exclude,
                                 boolean clinician) {
        double w = clinician ? stats.get(winner).clinicianScore() : stats.get(winner).patientNet();
        double second = Double.NEGATIVE_INFINITY;
        for (String l : labels) {
            if (l.equals(winner) || l.equals(exclude)) {
                continue;
            }
            second = Math.max(second, clinician ? stats.get(l).clinicianScore() : stats.get(l).patientNet());
        }
        return second == Double.NEGATIVE_INFINITY ? 1 : w - second;
    }

    private static double confidence(double margin) {
        double c = 0.5 + 0.5 * Math.tanh(Math.max(0, margin));
        return Math.round(c * 100) / 100.0;
    }

    private static SpeakerAssignment assignment(String speaker, SpeakerRole role, double confidence, Stats st) {
        String label = switch (role) {
            case CLINICIAN -> "clinician";
            case PATIENT -> "patient";
            case OTHER -> otherLabel(speaker);
        };
        return new SpeakerAssignment(speaker, role, label, confidence, SpeakerAssignment.Basis.INFERRED,
                st.utterances, st.cues());
    }

    private static int questions(String text) {
        int n = 0;
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            if (s.endsWith("?") || (!s.isEmpty() && QUESTION_START.matcher(s).find() && !s.endsWith("."))) {
                n++;
            }
        }
        return n;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Per-speaker counts. Scores are rates per utterance, so a talkative speaker does not win on volume alone. */
    private static final class Stats {
        int utterances;
        int questions;
        int clinical;
        int intro;
        int symptom;
        int answers;
        int other;
        int otherIntro;

        double clinicianScore() {
            double n = utterances + 1.0;
            return (2.0 * questions + clinical - 0.5 * symptom - other) / n + 3.0 * Math.min(intro, 1)
                    - 3.0 * Math.min(otherIntro, 1);
        }

        double patientScore() {
            double n = utterances + 1.0;
            return (symptom + answers - 0.5 * questions) / n - 3.0 * Math.min(intro, 1);
        }

        double otherScore() {
            return 1.5 * other / (utterances + 1.0) + 3.0 * Math.min(otherIntro, 1);
        }

        double patientNet() {
            return patientScore() - otherScore();
        }

        List<String> cues() {
            return List.of("utterances=" + utterances, "questions=" + questions, "clinicalTerms=" + clinical,
                    "clinicianIntroductions=" + intro, "symptomStatements=" + symptom, "answers=" + answers,
                    "thirdPersonOrRelationship=" + other, "relationshipIntroductions=" + otherIntro);
        }
    }
}
