package org.clinicalnotes.between;

import org.clinicalnotes.analysis.Tone;
import org.clinicalnotes.analysis.ToneScorer;

/**
 * The default {@link TextScorer}: the journal word list ({@link LexiconTextScorer}) for anxiety and for the
 * evidence words, and for distress the larger of the word list's score and the session analyzer's tone
 * ({@link ToneScorer}, a port of VADER): a compound valence v below zero reads as distress min(1, −2v), so a
 * clearly negative entry (v ≤ −0.5) reads as fully distressed whatever words carry it. Chosen on the
 * development journal texts (distress F1 0.51 with the word list alone, 0.66 with the tone). Immutable and
 * thread-safe.
 */
final class ToneTextScorer implements TextScorer {

    static final ToneTextScorer DEFAULT = new ToneTextScorer(LexiconTextScorer.DEFAULT, ToneScorer.shared());

    private final LexiconTextScorer words;
    private final ToneScorer tone;

    private ToneTextScorer(LexiconTextScorer words, ToneScorer tone) {
        this.words = words;
        this.tone = tone;
    }

    @Override
    public TextScore score(String text) {
        TextScore w = words.score(text);
        if (text == null || text.isBlank()) {
            return w;
        }
        Tone t = tone.score(text);
        double fromTone = Math.min(1, Math.max(0, -2 * t.valence()));
        return fromTone > w.distress() ? new TextScore(fromTone, w.anxiety(), w.evidence()) : w;
    }
}
