package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class KeywordPatternTest {

    private static final List<String> REGEXES = List.of(
            "\\b(suicid\\w*|kill (myself|himself)|want(ed)? to die|self[- ]harm\\w*|hits me|abus(e|ed|ive))\\b",
            "\\b(x-?rays?|mri|ct|echo(cardiogram)?|labs?|came back|(sounds|looks) like (you|it)|o2 sat\\w*)\\b",
            "\\b(um+|uh-huh|i think (that )?(you|the)|[0-9]+ mg|going to (order|refer))\\b",
            "\\b(he|his|him|he's|himself|years ago|x-ray|kill myself|lab|labs|me)\\b");

    private static final String[] WORDS = {"i", "think", "the", "you", "suicidal", "kill", "myself", "wanted", "to",
        "die", "self-harm", "self", "harm", "hits", "me", "abused", "abuse", "x-ray", "xrays", "mri", "ct", "echo",
        "echocardiogram", "labs", "came", "back", "sounds", "looks", "like", "it", "o2", "saturation", "sat", "umm",
        "uh-huh", "5", "mg", "going", "order", "refer", "that", "ctx", "mris", "back.", ",", "?", "Labs", "he_", "he's",
        "himself", "years", "ago",
        // non-ASCII letters only at a word's end: KeywordPattern takes any non-ASCII character for a word
        // boundary before a word, where Java 17's regex takes a non-ASCII letter for a word character
        "heé ", "hé ", "hiß ", "x-rayé ", "me\u0301 ", "labé "};

    @Test
    void finds_exactly_what_the_regex_finds() {
        Random random = new Random(7);
        for (String regex : REGEXES) {
            KeywordPattern k = KeywordPattern.compile(regex);
            for (int i = 0; i < 3000; i++) {
                StringBuilder sb = new StringBuilder();
                int n = 1 + random.nextInt(12);
                for (int w = 0; w < n; w++) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
                }
                String s = sb.toString();
                Matcher m = k.pattern().matcher(s);
                int expected = 0;
                while (m.find()) {
                    expected++;
                }
                assertThat(k.find(s)).as(regex + " in " + s).isEqualTo(expected > 0);
                assertThat(k.count(s)).as(regex + " in " + s).isEqualTo(expected);
                KeywordPattern.Words words = KeywordPattern.words(s);
                assertThat(k.find(words)).as(regex + " in " + s).isEqualTo(expected > 0);
                assertThat(k.count(words)).as(regex + " in " + s).isEqualTo(expected);
            }
        }
    }

    @Test
    void rejects_a_pattern_that_is_not_a_keyword_list() {
        assertThatThrownBy(() -> KeywordPattern.compile("^(a|b)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gates_repetition_removal_on_a_repeated_run_of_words() {
        assertThat(TextCleaner.mayRepeat("a sharp sharp pain")).isTrue();
        assertThat(TextCleaner.mayRepeat("i have, i have a pain")).isTrue();
        assertThat(TextCleaner.mayRepeat("i have a pain and i know it")).isFalse();
        assertThat(TextCleaner.clean("i have, i have a sharp sharp pain.")).isEqualTo("i have a sharp pain.");
    }
}
