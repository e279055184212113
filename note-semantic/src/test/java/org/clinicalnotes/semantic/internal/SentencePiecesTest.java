package org.clinicalnotes.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencePiecesTest {

    @Test
    void dropsFillersAndStutters() {
        assertThat(SentencePieces.words("Um I i think, uh, about it  a lot"))
                .containsExactly("i", "think,", "about", "it", "a", "lot");
        assertThat(SentencePieces.DEFAULT.pieces("uh yeah yeah i do")).containsExactly("yeah i do");
    }

    @Test
    void aShortSentenceIsOnePiece() {
        assertThat(SentencePieces.DEFAULT.pieces("i wrote letters to my family saying goodbye"))
                .containsExactly("i wrote letters to my family saying goodbye");
    }

    @Test
    void aLongSentenceAlsoGetsOverlappingWindows() {
        String sentence = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14";
        List<String> pieces = new SentencePieces(12, 8, 4).pieces(sentence);
        assertThat(pieces).containsExactly(
                sentence,
                "w1 w2 w3 w4 w5 w6 w7 w8",
                "w5 w6 w7 w8 w9 w10 w11 w12",
                "w9 w10 w11 w12 w13 w14");
        assertThat(SentencePieces.WHOLE.pieces(sentence)).containsExactly(sentence);
    }

    @Test
    void onlyFillersIsKeptAsIs() {
        assertThat(SentencePieces.DEFAULT.pieces(" Um, uh ")).containsExactly("um, uh");
    }

    @Test
    void validates() {
        assertThatThrownBy(() -> new SentencePieces(-1, 8, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentencePieces(12, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentencePieces(12, 8, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
