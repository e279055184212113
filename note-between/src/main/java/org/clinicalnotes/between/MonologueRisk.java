package org.clinicalnotes.between;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.risk.RiskFinding;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Reads a journal entry with the conversation risk screen as what it is: a monologue of the client, with
 * no clinician and no question. Each sentence becomes one client utterance, so the screen's evidence ids
 * name the sentence, and none of the dialogue rules (a question setting the topic, "no" answering it, a
 * clinician's words) can fire: a "no" in a journal denies nothing it was not said with. The screen's context
 * rules still apply within the client's own words: negation ("I'm not suicidal"), another person as
 * experiencer ("my cousin tried to kill himself"), media, hypotheticals, and past history (told as past, it
 * raises no alert). One rule is added for the monologue ({@link WarningSigns}): a warning sign described rather
 * than named (a plan, a goodbye, the means, standing at the edge) is read as PRESENT when the screen read
 * nothing present of that kind. Stateless and thread-safe.
 */
final class MonologueRisk {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n+\\s*");

    private final RiskScreen screen;
    private final boolean warningSigns;
    private final CalmTexts calm;

    MonologueRisk(RiskScreen screen) {
        this(screen, true, true);
    }

    MonologueRisk(RiskScreen screen, boolean warningSigns) {
        this(screen, warningSigns, true);
    }

    MonologueRisk(RiskScreen screen, boolean warningSigns, boolean rememberCalm) {
        this.screen = screen;
        this.warningSigns = warningSigns;
        this.calm = rememberCalm ? new CalmTexts() : null;
    }

    /** @return how many readings the calm-text pre-filter skipped (0 when it is off) */
    long skipped() {
        return calm == null ? 0 : calm.skipped();
    }

    /** Splits a journal text into sentences, keeping each as written. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    List<JournalRisk> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (calm == null) {
            return screen(text);
        }
        if (calm.known(text)) {
            return List.of();
        }
        List<JournalRisk> out = screen(text);
        if (out.isEmpty()) {
            calm.remember(text);
        }
        return out;
    }

    private List<JournalRisk> screen(String text) {
        List<String> sentences = sentences(text);
        // Fast path: the whole entry as one utterance. Only when that reads something is it read again sentence by
        // sentence, so that each finding names its sentence (most entries read nothing: one pass, not several).
        List<RiskFinding> findings = screen.findings(Transcript.of(List.of(Utterance.of("u1", Speaker.PATIENT, text))));
        if (!findings.isEmpty() && sentences.size() > 1) {
            List<Utterance> us = new ArrayList<>(sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                us.add(Utterance.of("u" + (i + 1), Speaker.PATIENT, sentences.get(i)));
            }
            findings = screen.findings(Transcript.of(us));
        }
        List<JournalRisk> out = new ArrayList<>(findings.size() + 1);
        for (RiskFinding f : findings) {
            RiskFlag flag = f.flag();
            String sentence = flag.evidence().isEmpty() ? text.strip() : sentenceOf(flag.evidence().get(0), sentences);
            // "Risk screen: suicidal ideation PRESENT (passive), severity low, C-SSRS: …." without the dialogue's
            // safety-action sentence, which a journal never has
            String d = f.describe().replaceFirst("^Risk screen: ", "");
            int cut = d.indexOf(". ");
            d = cut > 0 ? d.substring(0, cut) : d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
            out.add(new JournalRisk(flag.kind(), flag.status(), flag.severity(), f.historical(), sentence, d));
        }
        for (WarningSigns.Hit h : warningSigns ? WarningSigns.DEFAULT.read(sentences) : List.<WarningSigns.Hit>of()) {
            boolean read = out.stream().anyMatch(r -> r.kind() == h.kind() && r.status() == RiskFlag.Status.PRESENT
                    && !r.historical());
            if (!read) {
                out.removeIf(r -> r.kind() == h.kind());
                out.add(new JournalRisk(h.kind(), RiskFlag.Status.PRESENT, RiskFlag.Severity.MODERATE, false,
                        sentences.get(h.sentence()), RiskFinding.label(h.kind()) + " PRESENT (warning sign in the "
                        + "client's words: " + h.category().replace('-', ' ') + ")"));
            }
        }
        return out;
    }

    private static String sentenceOf(String utteranceId, List<String> sentences) {
        try {
            int i = Integer.parseInt(utteranceId.substring(1)) - 1;
            return i >= 0 && i < sentences.size() ? sentences.get(i) : String.join(" ", sentences);
        } catch (NumberFormatException e) {
            return String.join(" ", sentences);
        }
    }
}
