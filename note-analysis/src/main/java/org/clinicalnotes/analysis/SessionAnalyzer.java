package org.clinicalnotes.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clinicalnotes.analysis.internal.MiFeatures;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Reads a session and says what happened in it, beyond the note: talk per speaker, the clinician's behaviour and the
 * client's talk type per utterance, tone and moments of high intensity, language markers and interventions
 * (see {@link SessionAnalysis}). Offline and in-process; every figure points at utterance ids.
 *
 * <p>Built once ({@link #create()} or {@link #builder()}), immutable and thread-safe; the first build loads the
 * lexicons and the classifier (about a megabyte of weights).
 *
 * @since 0.2.0
 */
public final class SessionAnalyzer {

    private static final class Shared {
        static final MiClassifier CLASSIFIER = MiClassifier.load();
        static final Cues CUES = Cues.load();
    }

    private final RiskScreen riskScreen;
    private final ToneScorer tone;
    private final MiClassifier classifier;
    private final Cues cues;

    private SessionAnalyzer(Builder b) {
        this.riskScreen = b.riskScreen != null ? b.riskScreen : RiskScreen.create();
        this.tone = ToneScorer.shared();
        this.classifier = Shared.CLASSIFIER;
        this.cues = Shared.CUES;
    }

    /** @return an analyzer with the default risk screen ({@link RiskScreen#create()}) */
    public static SessionAnalyzer create() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The tone of a free text (a journal entry, a message): the same scorer the analyzer uses per utterance.
     *
     * @param text any text, not null
     * @return valence, arousal, intensity and emotion family
     */
    public static Tone tone(String text) {
        return ToneScorer.shared().score(text);
    }

    /**
     * Analyses a session, running the risk screen for its risk moments.
     *
     * @param transcript the original transcript, not null
     * @return the analysis
     */
    public SessionAnalysis analyze(Transcript transcript) {
        Objects.requireNonNull(transcript, "transcript");
        return analyze(transcript, riskScreen.screen(transcript));
    }

    /**
     * Analyses a session whose risk flags are known already (for example a generated note's), without screening
     * again.
     *
     * @param transcript the original transcript, not null
     * @param riskFlags the session's risk flags, not null; present ones become risk-disclosure moments
     * @return the analysis
     */
    public SessionAnalysis analyze(Transcript transcript, List<RiskFlag> riskFlags) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(riskFlags, "riskFlags");
        List<Utterance> us = transcript.utterances();
        List<SessionAnalysis.UtteranceAnalysis> out = new ArrayList<>(us.size());
        Map<Behaviour, Integer> behaviours = new EnumMap<>(Behaviour.class);
        Map<TalkType, Integer> talk = new EnumMap<>(TalkType.class);
        Map<MiCode, Integer> codes = new EnumMap<>(MiCode.class);
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            Utterance prev = i > 0 ? us.get(i - 1) : null;
            Utterance next = i + 1 < us.size() ? us.get(i + 1) : null;
            Behaviour behaviour = null;
            TalkType talkType = null;
            MiCode code = null;
            double confidence = 0;
            if (u.role() == SpeakerRole.CLINICIAN || u.role() == SpeakerRole.PATIENT) {
                List<String> features = MiFeatures.of(u.text(), prev == null ? null : prev.text(),
                        prev != null && prev.role() == u.role(), next == null ? null : next.text(),
                        next != null && next.role() == u.role());
                boolean clinician = u.role() == SpeakerRole.CLINICIAN;
                String task = clinician ? "behaviour" : "talk";
                MiClassifier.Prediction p = classifier.predict(task, features);
                String label = classifier.classes(task).get(p.label());
                confidence = Talk.round(p.probability(), 3);
                if (clinician) {
                    behaviour = Behaviour.valueOf(label);
                    behaviours.merge(behaviour, 1, Integer::sum);
                    code = code(behaviour, u, prev);
                    if (code != null) {
                        codes.merge(code, 1, Integer::sum);
                    }
                } else {
                    talkType = TalkType.valueOf(label);
                    talk.merge(talkType, 1, Integer::sum);
                }
            }
            out.add(new SessionAnalysis.UtteranceAnalysis(u.id(), u.role(), behaviour, code, talkType, confidence,
                    tone.score(u.text())));
        }
        return new SessionAnalysis(Talk.speakers(transcript), out, Moments.find(out, riskFlags),
                cues.markers(transcript), cues.interventions(transcript), summary(behaviours, talk, codes),
                Talk.timing(transcript));
    }

    private MiCode code(Behaviour b, Utterance u, Utterance prev) {
        if (cues.code(MiCode.AFFIRMATION, u.text()) && b != Behaviour.QUESTION) {
            return MiCode.AFFIRMATION;
        }
        if (b == Behaviour.QUESTION) {
            return cues.code(MiCode.OPEN_QUESTION, u.text()) ? MiCode.OPEN_QUESTION : MiCode.CLOSED_QUESTION;
        }
        if (b == Behaviour.REFLECTION) {
            return cues.code(MiCode.COMPLEX_REFLECTION, u.text()) || addsMeaning(u, prev)
                    ? MiCode.COMPLEX_REFLECTION : MiCode.SIMPLE_REFLECTION;
        }
        return null;
    }

    /** A reflection adds meaning when most of its content words are not the client's own words before it. */
    private static boolean addsMeaning(Utterance u, Utterance prev) {
        List<String> words = MiFeatures.tokens(u.text());
        if (words.size() < 8) {
            return false;
        }
        List<String> before = prev == null || prev.role() == SpeakerRole.CLINICIAN ? List.of()
                : MiFeatures.tokens(prev.text());
        int content = 0;
        int fresh = 0;
        for (String w : words) {
            if (w.length() > 3) {
                content++;
                if (!before.contains(w)) {
                    fresh++;
                }
            }
        }
        return content > 0 && fresh * 2 > content;
    }

    private static SessionAnalysis.Summary summary(Map<Behaviour, Integer> behaviours, Map<TalkType, Integer> talk,
                                                   Map<MiCode, Integer> codes) {
        int reflections = behaviours.getOrDefault(Behaviour.REFLECTION, 0);
        int questions = behaviours.getOrDefault(Behaviour.QUESTION, 0);
        double rq = questions == 0 ? reflections : Talk.round((double) reflections / questions, 3);
        Band rqBand = rq >= 2 ? Band.GOOD : rq >= 1 ? Band.FAIR : Band.BELOW_FAIR;
        Double complex = null;
        Band complexBand = null;
        if (reflections > 0) {
            complex = Talk.round((double) codes.getOrDefault(MiCode.COMPLEX_REFLECTION, 0) / reflections, 3);
            complexBand = complex >= 0.5 ? Band.GOOD : complex >= 0.4 ? Band.FAIR : Band.BELOW_FAIR;
        }
        int change = talk.getOrDefault(TalkType.CHANGE, 0);
        int sustain = talk.getOrDefault(TalkType.SUSTAIN, 0);
        Double changeShare = change + sustain == 0 ? null : Talk.round((double) change / (change + sustain), 3);
        return new SessionAnalysis.Summary(behaviours, talk, codes, rq, rqBand, complex, complexBand, changeShare);
    }

    /** Builds a {@link SessionAnalyzer}. Not thread-safe; the analyzer it builds is. */
    public static final class Builder {
        private RiskScreen riskScreen;

        private Builder() {
        }

        /**
         * @param screen the risk screen for risk moments; default {@link RiskScreen#create()}
         * @return this builder
         */
        public Builder riskScreen(RiskScreen screen) {
            this.riskScreen = Objects.requireNonNull(screen, "screen");
            return this;
        }

        /** @return the analyzer */
        public SessionAnalyzer build() {
            return new SessionAnalyzer(this);
        }
    }
}
