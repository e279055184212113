package org.clinicalnotes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPatternsTest {

    private static List<String> hits(WordPatterns p, String text) {
        List<String> out = new ArrayList<>();
        p.scan(text, (tag, at) -> out.add(tag + "@" + at));
        return out;
    }

    @Test
    void matches_whole_words_only_and_each_list_on_its_own() {
        WordPatterns p = WordPatterns.compile(List.of("never|always", "never (?:going to )?get better"));
        assertThat(hits(p, "it will never get better")).containsExactly("0@8", "1@8");
        assertThat(hits(p, "forever and always")).containsExactly("0@12");
        assertThat(hits(p, "neverland")).isEmpty();
    }

    @Test
    void literal_beginnings_become_keys_and_groups_expand() {
        assertThat(WordPatterns.keys("thought records?")).containsExactly("tho");
        assertThat(WordPatterns.keys("(?:challenge|question) (?:that|this) thoughts?")).containsExactly("cha", "que");
        assertThat(WordPatterns.keys("i(?:'m| am) useless")).containsExactly("i");
        assertThat(WordPatterns.keys("(?:a|an)? failure")).isNull();
        assertThat(WordPatterns.keys("\\bfoo")).isNull();
    }

    @Test
    void optional_endings_and_prefix_keys_still_match() {
        WordPatterns p = WordPatterns.compile(List.of("mindful(?:ness)?|5-4-3-2-1|i(?:'m| am) (?:a )?failure"));
        assertThat(hits(p, "try mindfulness or the 5-4-3-2-1 exercise")).containsExactly("0@4", "0@23");
        assertThat(hits(p, "i'm a failure")).containsExactly("0@0");
        assertThat(hits(p, "i am failure")).containsExactly("0@0");
    }
}
