package org.clinicalnotes.model.offline;

import java.util.Optional;
import java.util.regex.Pattern;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.SpeakerRole;

/**
 * Assigns a {@link NoteTemplate.ContentKind} to one cleaned, lower-case sentence from its speaker and cue words. The cue
 * lists were written by reading the shape of ACI-Bench TRAIN notes (Yim et al., Scientific Data 10:586, 2023,
 * CC BY 4.0); no validation or test encounter was used. Stateless and thread-safe.
 */
final class CueClassifier {

    static final KeywordPattern RISK = KeywordPattern.compile(
            "\\b(suicid\\w*|kill (myself|himself|herself|yourself)|end (my|his|her|your) life|want(ed)? to die"
                    + "|better off dead|self[- ]harm\\w*|hurt(ing)? (myself|yourself|himself|herself)|cutting (myself|yourself)"
                    + "|overdos\\w*|abus(e|ed|ive)|hits me|hit me|beat(s)? me|unsafe at home|not safe at home"
                    + "|homicid\\w*|hurt (someone|somebody|others)|intimate partner violence|domestic violence)\\b");

    private static final KeywordPattern VIRTUAL_ASSISTANT = KeywordPattern.compile(
            "\\b(dragon|dax|finalize the (note|report)|end (the )?recording|stop recording|start recording)\\b");

    private static final KeywordPattern RESULTS = KeywordPattern.compile(
            "\\b(x-?rays?|mri|ct|cat scan|ultrasound|echo(cardiogram)?|ekg|ecg|electrocardiogram|labs?|lab work"
                    + "|blood ?work|results?|a1c|hemoglobin|cholesterol|ldl|hdl|creatinine|gfr|biopsy|scans?|showed|shows"
                    + "|revealed|reveals|came back|levels?|culture|urinalysis|imaging|ejection fraction|pathology"
                    + "|mammogram|colonoscopy|stress test|pft|sed rate|white (blood )?count|wbc|tsh|platelets?"
                    + "|potassium|sodium|glucose|troponin|d-dimer|psa|cbc|bmp|cmp|panel|eeg|emg|nerve conduction)\\b");

    private static final KeywordPattern EXAM = KeywordPattern.compile(
            "\\b(exam|examin\\w*|vitals?|vital signs|blood pressure|heart rate|pulse|oxygen|o2 sat\\w*|saturation"
                    + "|temperature|afebrile|fever|auscultat\\w*|palpat\\w*|tender\\w*|murmur|rales|wheez\\w*|crackles"
                    + "|lungs?|clear|regular rate|rhythm|range of motion|swelling|swollen|edema|erythema|bruis\\w*"
                    + "|lesions?|rash|reflexes|strength|sensation|pupils|abdomen|soft|neck|lymph\\w*|gait|i hear|i feel"
                    + "|i see|i notice|when i press|appears?|bilateral\\w*|effusion|pain to palpation|capillary refill"
                    + "|pulses|ecchymosis|laxity|nontender|non-tender|neuro\\w*|cranial nerves|heart sounds|breath sounds"
                    + "|looks? (good|normal|fine|great|okay|healthy)|sounds? (good|normal|fine|clear))\\b");

    /** "on your heart exam", "on physical examination": a finding, whatever else the sentence holds. */
    private static final Pattern EXAM_STRONG = Pattern.compile(
            "^(?:(?:and|so|now|then|okay|alright)\\s+)*on (?:(?:the|your|his|her|my|physical|today's)\\s+)?(?:[a-z]+\\s+){0,2}"
                    + "(?:exam|examination)\\b");

    private static final KeywordPattern ASSESSMENT = KeywordPattern.compile(
            "\\b(impression|assessment|diagnos\\w*|i think (that )?(you|this|it|we're|we are|he|she|your)|i believe"
                    + "|consistent with|likely|suspect|(sounds|looks|seems) like (you|it|this)|differential"
                    + "|(well|under|poorly|not) controlled|stable|exacerbation|sprain|strain|fracture|infection"
                    + "|i'm (concerned|worried)|concerning for|most likely|it's probably|this is (a|an|probably|likely)"
                    + "|makes me think (about|of)|(what you're describing|this|that|it) (fits|sounds like)|(early|a) sign (of|that)"
                    + "|(that's|that is|it's|it is) (an? )?(early|mild|moderate|severe)|here's what i'm thinking"
                    + "|putting (this|it|that) (all )?together|in (good|great|better) shape|rate controlled|sounds mild)\\b");

    private static final KeywordPattern PLAN_STRONG = KeywordPattern.compile(
            "\\b(going to (order|prescribe|refer|start|put|send|get|give|schedule|increase|decrease|continue|have|do|check|"
                    + "recommend|repeat|obtain|switch|change|add|stop|see|follow|try|keep|go ahead)|we'll|i'll|let's|"
                    + "(want|like|need) you to|plan|recommend\\w*|suggest\\w*|order\\w*|prescrib\\w*|refer\\w*|schedule\\w*"
                    + "|follow[- ]?up|come back|see you (back|again|in)|continue|start (you|him|her|taking|on)|increase|decrease|"
                    + "discontinue|stop taking|physical therapy|go ahead and|homework|next session|next week|make sure"
                    + "|should|try to|avoid|call (me|us|the office)|want to see you|return"
                    + "|(i'd|i would|we'd|we would) like to (order|prescribe|refer|start|switch|change|add|stop|try|get|send"
                    + "|schedule|increase|decrease|recheck|check|repeat|see you|put you|have you|give you))\\b");

    private static final KeywordPattern PLAN_WEAK = KeywordPattern.compile(
            "\\b(will|mg|milligrams?|twice a day|once a day|daily|as needed|ice|rest|elevat\\w*|diet|exercise"
                    + "|medication|dose|refill|pharmacy|appointment|diary|practice|specialist|surgery|injection)\\b");

    private static final KeywordPattern CLINICIAN_HISTORY = KeywordPattern.compile(
            "\\b(year[- ]old|years old|history of|past medical history|presents?|presenting|here (today )?(for|with)"
                    + "|comes? in|surgical history|family history|diagnosed|was seen|last (visit|saw)|referred)\\b");

    private static final KeywordPattern CLINICIAN_RESTATES_PATIENT = KeywordPattern.compile(
            "\\b(you've been|you have been|you mentioned|you told|you said|you had|you were|you've had|you're having"
                    + "|you are having|you've noticed|you noticed|you reported|you've tried|you tried|you started"
                    + "|you take|you're taking|you are taking|you've got)\\b");

    private static final KeywordPattern INTERVENTION = KeywordPattern.compile(
            "\\b(let's practice|let's look at|evidence (for|against)|practiced|practice (a|the|some)|breathing (exercise|technique)s?|grounding|cognitive"
                    + "|reframe|reframing|thought record|cbt|dbt|mindfulness|exposure|role[- ]?play|psychoeducation"
                    + "|coping (skill|strateg)\\w*|let's explore|explored|we worked on|worked on|we talked about|reflect\\w*"
                    + "|validat\\w*|motivational|relaxation)\\b");

    /** A clinician's impression in a therapy session: "i think the insomnia and the low mood are feeding ...". */
    private static final KeywordPattern THERAPY_ASSESSMENT = KeywordPattern.compile(
            "\\b(i think (that )?(the|your|you're|you are|this|it's|it is|there|part of)|i believe|impression"
                    + "|seems? to (have|be) (worsened|improved|gotten|getting)|(has|have|had) (worsened|improved)"
                    + "|feeding (each other|into)|(is|are) driving|contribut(e|es|ing) to|consistent with"
                    + "|i'm (concerned|worried)|i am (concerned|worried)|meets criteria|symptoms of)\\b");

    /** Work done in the session, which an impression-like phrase does not override. */
    private static final KeywordPattern INTERVENTION_STRONG = KeywordPattern.compile(
            "\\b(let's practice|we practiced|let's look at|let's explore|we worked on|role[- ]?play)\\b");

    /** Stated scores and results in a therapy session: "your phq-9 score came out at 14". */
    private static final KeywordPattern THERAPY_RESULTS = KeywordPattern.compile(
            "\\b(phq-?9|phq|gad-?7|pcl-?5|audit-c|scores?|scored|screening|questionnaire|inventory)\\b");

    private static final KeywordPattern THERAPY_PLAN = KeywordPattern.compile(
            "\\b(homework|(want|like|need) you to|next (session|appointment|week)|before we meet|follow[- ]up"
                    + "|write (it|them|that|this) down"
                    + "|refer\\w*|schedule\\w*|this week|between sessions)\\b");

    private static final KeywordPattern OBSERVATION = KeywordPattern.compile(
            "\\b(you seem|you look (tearful|anxious|down|sad|tired|upset|calm|better)|affect|tearful|eye contact"
                    + "|i (can )?(notice|noticed|see) (that )?you|psychomotor|appears (anxious|tired|calm|sad|well))\\b");

    private static final KeywordPattern GOALS = KeywordPattern.compile(
            "\\b(goals?|work toward\\w*|by next (session|week|month)|would like to be able to|want to be able to)\\b");

    private static final KeywordPattern RESPONSE = KeywordPattern.compile(
            "\\b(that (helps|helped|makes sense)|i feel (better|calmer|more relaxed|lighter)|i('ll| will| can) try"
                    + "|i like that|that was helpful|i('m| am) willing)\\b");

    private static final KeywordPattern MEDICATIONS = KeywordPattern.compile(
            "\\b(mg|milligrams?|medications?|meds|pills?|taking|inhaler|insulin|tylenol|ibuprofen|advil|motrin"
                    + "|aspirin|prescription|dose|dosage|metformin|lisinopril|statin|antibiotics?|supplements?|vitamin)\\b");

    private static final KeywordPattern PATIENT_HISTORY = KeywordPattern.compile(
            "\\b(years ago|surgery|diagnosed|history|when i was|as a (child|kid)|my (mother|father|mom|dad|brother|sister)"
                    + "|runs in|in the past|previous(ly)?|used to|had (a|an) \\w+ (done|removed))\\b");

    private CueClassifier() {
    }

    /** A rating scale or score and its band: "your score is fifteen ... not well controlled", "in the moderate range". */
    private static final KeywordPattern SCORE = KeywordPattern.compile(
            "\\b(scores?|scored|phq-?9|gad-?7|pcl-?5|audit-c|act|moca|mmse|asthma control test)\\b");
    private static final KeywordPattern BAND = KeywordPattern.compile(
            "\\b(minimal|mild|moderate|moderately severe|severe|(well|not well|poorly|under) controlled"
                    + "|in the (normal|moderate|mild|severe|minimal|high|low|target) range|normal|elevated|borderline)\\b");

    static boolean isScoreWithBand(String s) {
        KeywordPattern.Words w = KeywordPattern.words(s);
        return BAND.find(w) && (SCORE.find(w) || s.contains(" means "));
    }

    /** Whether the sentence holds an impression cue (its kind may still be plan). */
    static boolean hasAssessmentCue(String s) {
        return ASSESSMENT.find(s);
    }

    static boolean isRisk(String s) {
        return RISK.find(s);
    }

    static boolean isAssistantCommand(String s) {
        return VIRTUAL_ASSISTANT.find(s);
    }

    /** Classifies a clinician's sentence; empty when it carries nothing to document. */
    static Optional<NoteTemplate.ContentKind> clinician(String s, boolean therapy) {
        KeywordPattern.Words w = KeywordPattern.words(s);
        if (RISK.find(w)) {
            return Optional.of(NoteTemplate.ContentKind.RISK);
        }
        if (therapy) {
            if (GOALS.find(w)) {
                return Optional.of(NoteTemplate.ContentKind.GOALS);
            }
            if (THERAPY_PLAN.find(w)) {
                return Optional.of(NoteTemplate.ContentKind.PLAN);
            }
            if (THERAPY_RESULTS.find(w)) {
                return Optional.of(NoteTemplate.ContentKind.RESULTS);
            }
            if (THERAPY_ASSESSMENT.find(w) && !INTERVENTION_STRONG.find(w)) {
                return Optional.of(NoteTemplate.ContentKind.ASSESSMENT);
            }
            if (INTERVENTION.find(w)) {
                return Optional.of(NoteTemplate.ContentKind.INTERVENTION);
            }
            if (OBSERVATION.find(w)) {
                return Optional.of(NoteTemplate.ContentKind.OBSERVATION);
            }
            if (GOALS.find(w)) {
                return Optional.of(NoteTemplate.ContentKind.GOALS);
            }
        }
        boolean planStrong = PLAN_STRONG.find(w);
        boolean results = RESULTS.find(w);
        boolean exam = EXAM.find(w);
        boolean history = CLINICIAN_HISTORY.find(w);
        if (history && !planStrong && HISTORY_STRONG.find(w)) {
            return Optional.of(NoteTemplate.ContentKind.HISTORY);
        }
        if (!therapy && EXAM_STRONG.matcher(s).find()) {
            return Optional.of(NoteTemplate.ContentKind.EXAM);
        }
        if (planStrong) {
            return Optional.of(NoteTemplate.ContentKind.PLAN);
        }
        if (ASSESSMENT.find(w) && !results) {
            return Optional.of(NoteTemplate.ContentKind.ASSESSMENT);
        }
        if (results) {
            return Optional.of(NoteTemplate.ContentKind.RESULTS);
        }
        if (exam) {
            return Optional.of(therapy ? NoteTemplate.ContentKind.OBSERVATION : NoteTemplate.ContentKind.EXAM);
        }
        if (history) {
            return Optional.of(NoteTemplate.ContentKind.HISTORY);
        }
        if (CLINICIAN_RESTATES_PATIENT.find(w)) {
            return Optional.of(NoteTemplate.ContentKind.PATIENT_REPORT);
        }
        if (PLAN_WEAK.find(w)) {
            return Optional.of(NoteTemplate.ContentKind.PLAN);
        }
        return Optional.empty();
    }

    /** Classifies a patient's (or companion's) sentence. */
    static NoteTemplate.ContentKind patient(String s, boolean therapy) {
        KeywordPattern.Words w = KeywordPattern.words(s);
        if (RISK.find(w)) {
            return NoteTemplate.ContentKind.RISK;
        }
        if (therapy) {
            if (RESPONSE.find(w)) {
                return NoteTemplate.ContentKind.RESPONSE;
            }
            if (GOALS.find(w)) {
                return NoteTemplate.ContentKind.GOALS;
            }
        }
        if (MEDICATIONS.find(w)) {
            return NoteTemplate.ContentKind.MEDICATIONS;
        }
        if (PATIENT_HISTORY.find(w)) {
            return NoteTemplate.ContentKind.HISTORY;
        }
        return NoteTemplate.ContentKind.PATIENT_REPORT;
    }

    private static final KeywordPattern HISTORY_STRONG = KeywordPattern.compile(
            "\\b(year[- ]old|years old|presents?|past medical history)\\b");

    private static final KeywordPattern THERAPY_WORDS = KeywordPattern.compile(
            "\\b(therap(y|ist)|session|homework|coping|cbt|anxiety|depress\\w*|mood|feelings?"
                    + "|thoughts?|counsel\\w*|mindfulness|breathing exercise|panic)\\b");
    private static final KeywordPattern MEDICAL_WORDS = KeywordPattern.compile(
            "\\b(exam|x-?ray|blood pressure|mg|prescri\\w*|lab\\w*|pain|surgery)\\b");

    static boolean looksLikeTherapy(String allText) {
        KeywordPattern.Words words = KeywordPattern.words(allText);
        int hits = THERAPY_WORDS.count(words);
        int medHits = MEDICAL_WORDS.count(words);
        return hits >= 4 && hits > 2 * medHits;
    }
}
