package org.clinicalnotes.eval.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;

/**
 * Training-data augmentation: a clean-style conversation rewritten as a speech recogniser would give it
 * (lower case, punctuation dropped, fillers and the odd repeated word), so that the learned model sees both styles
 * of the same disclosure with the same labels. Seeded by the case id: the same case always gives the same variant.
 * The turns keep their order and number, so evidence indices stay valid. Training only; never applied to a case
 * that is scored.
 */
final class AsrStyle {

    private static final String[] FILLERS = {"um", "uh", "like", "you know", "i mean", "uh", "um"};

    private AsrStyle() {
    }

    /** @return the ASR-style variant of a clean case (id suffixed {@code #asr}, style {@code asr-augmented}) */
    static BlindRiskReport.Case of(BlindRiskReport.Case c) {
        Random rnd = new Random(c.id().hashCode() * 31L + 7);
        List<Transcript.Turn> turns = new ArrayList<>();
        for (Utterance u : c.transcript().utterances()) {
            turns.add(new Transcript.Turn(u.speaker(), rewrite(u.text(), rnd)));
        }
        String id = c.id() + "#asr";
        return new BlindRiskReport.Case(id, Transcript.ofTurns(id, turns), c.expect(), c.allow(), c.cssrs(),
                c.perpetrator(), c.group(), "asr-augmented", c.evidence());
    }

    /** @return the text lower-cased, without punctuation (apostrophes kept), with fillers and repetitions */
    static String rewrite(String text, Random rnd) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\\s]+", " ").trim();
        if (plain.isEmpty()) {
            return text.toLowerCase(Locale.ROOT);
        }
        String[] words = plain.split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && rnd.nextDouble() < 0.08) {
                sb.append(FILLERS[rnd.nextInt(FILLERS.length)]).append(' ');
            }
            if (rnd.nextDouble() < 0.03) {
                sb.append(words[i]).append(' ');
            }
            sb.append(words[i]).append(' ');
        }
        return sb.toString().trim();
    }
}
