package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cleaner's regex-free pre-checks and rewrites agree with the regexes they stand in for. */
class TextCleanerPrecheckTest {

    private static final String[] PIECES = {"i", "I", "i'm", "i've", "it", "hi", "you", "know", "kind", "of", "sort",
        "like", "said", "be", "honest", "um", "uhh", "mm-hmm", "erm", "sorry", "pain", "pain", "no", "is", "x", "é",
        "ié", ",", ".", ";", ":", "?", "!", "%", "'s", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", ", ,", ",,", "-", "'s", "'re", "'ve",
        "'ll", "'d", "'m", "'", "'sé", "'see", "'ll_", " 's", "  'm"};

    private static String random(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(10);
        for (int w = 0; w < n; w++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void space_before_punctuation_is_dropped_as_the_regex_drops_it() {
        Pattern regex = Pattern.compile("\\s+([,.;:?!%])");
        Random random = new Random(11);
        for (int i = 0; i < 5000; i++) {
            String s = random(random);
            assertThat(Detokeniser.dropSpaceBefore(s, ",.;:?!%")).as(s).isEqualTo(regex.matcher(s).replaceAll("$1"));
        }
    }

    @Test
    void not_is_joined_as_the_regex_joins_it() {
        Pattern regex = Pattern.compile(
                "\\b(ca|wo|do|does|did|is|are|was|were|have|has|had|could|should|would|need|must|ai)\\s+n't\\b");
        String[] pieces = {"do", "does", "undo", "ca", "wo", "is", "n't", "n'tx", "n't_", "x", "é", "_do", "9", "'",
            " ", "  ", "\t", "\u000B", ",", "."};
        Random random = new Random(17);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(10);
            for (int w = 0; w < n; w++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String s = sb.toString();
            assertThat(Detokeniser.joinNot(s)).as(s).isEqualTo(regex.matcher(s).replaceAll("$1n't"));
        }
    }

    @Test
    void contractions_are_joined_as_the_regex_joins_them() {
        Pattern regex = Pattern.compile("\\s+('s|'re|'ve|'ll|'d|'m)\\b");
        Random random = new Random(16);
        for (int i = 0; i < 5000; i++) {
            String s = random(random);
            assertThat(Detokeniser.joinContractions(s)).as(s).isEqualTo(regex.matcher(s).replaceAll("$1"));
        }
    }

    @Test
    void bad_punctuation_precheck_is_false_only_when_the_regex_cannot_match() {
        Pattern regex = Pattern.compile("\\s*,(?:\\s*,)+|^[\\s,;:.]+|\\s+(?=[,.;:?!])");
        Random random = new Random(12);
        for (int i = 0; i < 5000; i++) {
            String s = random(random);
            if (regex.matcher(s).find()) {
                assertThat(TextCleaner.mayHaveBadPunct(s)).as(s).isTrue();
            }
        }
        assertThat(TextCleaner.mayHaveBadPunct("a clean sentence, with one comma.")).isFalse();
    }

    @Test
    void pronoun_precheck_is_false_only_when_the_regex_cannot_match() {
        Pattern regex = Pattern.compile("(?<=^|\\s)i(?=$|[\\s,.;:?!']|'m|'ve|'ll|'d)");
        Random random = new Random(13);
        for (int i = 0; i < 5000; i++) {
            String s = random(random);
            assertThat(ClinicalForm.hasPronounI(s)).as(s).isEqualTo(regex.matcher(s).find());
        }
    }

    @Test
    void filler_precheck_is_false_only_when_the_filler_regex_cannot_match() {
        Pattern regex = Pattern.compile(
                ",?\\s*(?:(?<=^)|(?<=[\\s,.;:?!]))(?:um+|uh+|uh-huh|mm+-?hmm+|mm+|hmm+|er+|ah+|erm|you know|i mean"
                        + "|kind of|sort of|like i said|you see|i guess|basically|actually|to be honest|honestly"
                        + "|i'm sorry|sorry)(?=$|[\\s,.;:?!])\\s*,?");
        Random random = new Random(14);
        for (int i = 0; i < 5000; i++) {
            String s = random(random);
            if (regex.matcher(s).find()) {
                assertThat(TextCleaner.mayHoldFiller(s)).as(s).isTrue();
            }
        }
        assertThat(TextCleaner.mayHoldFiller("the pain is in my knee")).isFalse();
    }

    @Test
    void repetition_precheck_is_false_only_when_neither_repetition_regex_can_match() {
        Pattern word = Pattern.compile("\\b(\\w+(?:'\\w+)?)(?:[\\s,]+\\1\\b)+");
        Pattern phrase = Pattern.compile("\\b((?:\\w+\\s+){1,3}\\w+)(?:[\\s,]+\\1\\b)+");
        Random random = new Random(15);
        for (int i = 0; i < 5000; i++) {
            String s = random(random);
            if (word.matcher(s).find() || phrase.matcher(s).find()) {
                assertThat(TextCleaner.mayRepeat(s)).as(s).isTrue();
            }
        }
        assertThat(TextCleaner.mayRepeat("the pain. the pain")).isFalse();
    }
}
