package org.clinicalnotes.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.Merge.Signal;

/**
 * Applies a {@link RiskModel}'s verdicts to the rules' signals: a PRESENT verdict adds a current reading at the
 * deciding unit and turns the kind's other readings current (their C-SSRS details and relationship words stay),
 * over a rules' DENIED only when the deciding unit names the kind for the rules too;
 * an UNCLEAR verdict turns the rules' PRESENT readings into UNCLEAR (shown, never dropped); a DENIED verdict
 * turns UNCLEAR readings into denials, or adds one where the deciding unit names the kind for the rules, never over
 * a PRESENT or a history. Not API.
 */
final class ModelPass {

    /**
     * Whether a model PRESENT needs the patient's own words to carry the kind ({@link PatientWords}; property
     * {@code risk.patientWords}, default true).
     */
    static final boolean PATIENT_WORDS = Boolean.parseBoolean(System.getProperty("risk.patientWords", "true"));

    /**
     * Whether a model PRESENT that the patient's own words do not carry is surfaced as UNCLEAR (needs review) instead
     * of being dropped, where the rules read nothing of the kind and the unit holds a patient or companion turn
     * (property {@code risk.unclearWithoutWords}, default true).
     */
    static final boolean UNCLEAR_WITHOUT_WORDS =
            Boolean.parseBoolean(System.getProperty("risk.unclearWithoutWords", "true"));

    private ModelPass() {
    }

    /** @return the signals after the verdicts; the same list when there is none */
    static List<Signal> apply(RiskModel model, List<DialogueUnit> units, List<Signal> signals,
                              List<RiskFinding> rules, List<RiskScreen.Turn> turns) {
        List<DialogueUnit> candidates = new ArrayList<>();
        for (DialogueUnit u : units) {
            if (u.candidate()) {
                candidates.add(u);
            }
        }
        Map<RiskFlag.Kind, RiskFlag.Status> status = new EnumMap<>(RiskFlag.Kind.class);
        rules.forEach(f -> status.put(f.kind(), f.status()));
        List<RiskModel.Verdict> verdicts = model.read(candidates, status);
        if (verdicts.isEmpty()) {
            return signals;
        }
        List<Signal> out = new ArrayList<>(signals);
        for (RiskModel.Verdict v : verdicts) {
            RiskFlag.Status was = status.get(v.kind());
            DialogueUnit at = v.unit() >= 0 && v.unit() < candidates.size() ? candidates.get(v.unit()) : null;
            switch (v.status()) {
                case PRESENT -> {
                    // Over the patient's explicit denial the model's reading counts only in a unit where the rules
                    // read the kind too (the denial's own answer, a question about it), not in unrelated talk.
                    if (was != RiskFlag.Status.PRESENT && at != null
                            && (was != RiskFlag.Status.DENIED || namesKind(at, v.kind()))) {
                        if (was == RiskFlag.Status.DENIED && monologue(turns)) {
                            // A journal's own written denial against the model: surfaced for review, not overruled.
                            out.add(new Signal(v.kind(), RiskFlag.Status.UNCLEAR, null, false, false, false,
                                    at.evidence(), at.text(), false, v.perpetrator()));
                        } else if (!PATIENT_WORDS || PatientWords.carry(at, v.kind(), turns)) {
                            out.replaceAll(s -> s.kind() == v.kind() ? current(s) : s);
                            out.add(new Signal(v.kind(), RiskFlag.Status.PRESENT, defaultDetail(v.kind(), out, v.level()),
                                    false, RiskCues.RECENT.matcher(at.text()).find(),
                                    RiskCues.LETHAL.matcher(at.text()).find(), at.evidence(), at.text(), false,
                                    v.perpetrator()));
                        } else if (UNCLEAR_WITHOUT_WORDS && was == null && PatientWords.heard(at, turns)) {
                            // The model reads the kind but the patient's words do not carry it (a thin answer to
                            // no question about it): surfaced for review as UNCLEAR, never dropped and never
                            // over a reading the rules made (a denial, a history).
                            out.add(new Signal(v.kind(), RiskFlag.Status.UNCLEAR, null, false, false, false,
                                    at.evidence(), at.text(), false, v.perpetrator()));
                        }
                    }
                }
                case UNCLEAR -> {
                    if (was == RiskFlag.Status.PRESENT) {
                        out.replaceAll(s -> s.kind() == v.kind() && s.status() == RiskFlag.Status.PRESENT
                                ? with(s, RiskFlag.Status.UNCLEAR) : s);
                    }
                }
                case DENIED -> {
                    // A denial the rules did not read is added only where the rules saw the kind named in the
                    // deciding unit (a question or answer about it), not read into a neighbouring kind's denial.
                    if (was == null && at != null && namesKind(at, v.kind())) {
                        out.add(new Signal(v.kind(), RiskFlag.Status.DENIED, null, false, false, false,
                                at.evidence(), at.text(), false));
                    } else if (was == RiskFlag.Status.UNCLEAR) {
                        out.replaceAll(s -> s.kind() == v.kind() && s.status() == RiskFlag.Status.UNCLEAR
                                ? with(s, RiskFlag.Status.DENIED) : s);
                    }
                }
                default -> {
                    // HISTORICAL is refused by Verdict
                }
            }
        }
        return out;
    }

    /** Whether no clinician speaks in the conversation (a journal entry, a voice note). */
    static boolean monologue(List<RiskScreen.Turn> turns) {
        return turns.stream().noneMatch(t -> t.u.role() == org.clinicalnotes.transcript.SpeakerRole.CLINICIAN);
    }

    /** Whether the rules read the kind anywhere in the unit (a reading, or a cue, frame or meaning for it). */
    static boolean namesKind(DialogueUnit u, RiskFlag.Kind kind) {
        float[] f = u.features();
        String k = "." + kind.name().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < f.length; i++) {
            if (f[i] > 0 && DialogueUnit.FEATURES.get(i).endsWith(k)) {
                return true;
            }
        }
        return false;
    }

    private static Signal current(Signal s) {
        return new Signal(s.kind(), RiskFlag.Status.PRESENT, s.detail(), false, s.recent(), s.lethal(), s.ids(),
                s.relation(), false, s.perpetratorGuess());
    }

    private static Signal with(Signal s, RiskFlag.Status status) {
        return new Signal(s.kind(), status, s.detail(), s.historical(), s.recent(), s.lethal(), s.ids(),
                s.relation(), s.weak(), s.perpetratorGuess());
    }

    /**
     * The detail of a reading the model adds: the kind's strongest rule detail when there is one, else the model's
     * C-SSRS level (suicidal ideation), else the kind's default.
     */
    private static String defaultDetail(RiskFlag.Kind kind, List<Signal> signals, RiskFlag.CssrsLevel level) {
        for (Signal s : signals) {
            if (s.kind() == kind && s.detail() != null) {
                return s.detail();
            }
        }
        return Merge.detailOf(kind, kind == RiskFlag.Kind.SUICIDAL_IDEATION ? level : null);
    }
}
