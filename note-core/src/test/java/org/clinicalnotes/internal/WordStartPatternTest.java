package org.clinicalnotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartPatternTest {

    private static final String[] TEXTS = {
        "", "therapy", "the therapist said therapy", "xtherapy therapyx _therapy 9therapy", "pain, pain.pain-pain",
        "i'm dr smith, your doctor", "hello there", "hi i'm ana and the nurse will be in", "my name is é-therapy",
        "été therapy", "x-ray xray x ray", "blood pressure is 120 over 80", "a1c a1 c", "  leading space therapy  ",
        "come with me please", "check-out desk", "checkout desk", "i see.", "okay, i see", "thérapy therapy",
        "what brings you in today", "first visit here", "PAIN Pain pain", "hop up on the exam table"};

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void assertSame(Pattern p, String s) {
        WordStartPattern w = WordStartPattern.of(p);
        assertThat(w.find(s)).as(p + " find in '" + s + "'").isEqualTo(p.matcher(s).find());
        assertThat(w.count(s)).as(p + " count in '" + s + "'").isEqualTo(count(p, s));
    }

    @Test
    void answers_as_find_for_cue_lists_anchors_and_other_patterns() {
        List<Pattern> patterns = List.of(
                Pattern.compile("\\b(?:therap(?:y|ist)|pain|x-?ray|a1c|blood pressure)\\b"),
                Pattern.compile("\\b(?:the )?nurse (?:will|is going to) (?:be in|come in)\\b"),
                Pattern.compile("^(?:hi|hello|hey)\\b[^.]{0,40}$", Pattern.CASE_INSENSITIVE),
                Pattern.compile("\\bpain|ray"),
                Pattern.compile("\\b(?:\\s)?pain"),
                Pattern.compile("\\bcheck-?out desk\\b"),
                Pattern.compile("pain\\b"),
                Pattern.compile("\\b(?:pain)", Pattern.CASE_INSENSITIVE));
        for (Pattern p : patterns) {
            for (String t : TEXTS) {
                assertSame(p, t);
            }
        }
    }

    @Test
    void tries_word_starts_only_where_every_match_begins_with_a_letter() {
        assertThat(WordStartPattern.of(Pattern.compile("\\b(?:the )?nurse\\b")).findsAtWordStartsOnly()).isTrue();
        assertThat(WordStartPattern.of(Pattern.compile("\\b(?:\\s)?pain")).findsAtWordStartsOnly()).isFalse();
        assertThat(WordStartPattern.of(Pattern.compile("\\bpain|ray")).findsAtWordStartsOnly()).isFalse();
        assertThat(WordStartPattern.of(Pattern.compile("\\b[a-z]+")).findsAtWordStartsOnly()).isFalse();
        assertThat(WordStartPattern.of(Pattern.compile("^(?:hi|ho)")).findsAtStartOnly()).isTrue();
        assertThat(WordStartPattern.of(Pattern.compile("^hi|ho")).findsAtStartOnly()).isFalse();
    }

    @Test
    void shipped_visit_kind_cues_answer_as_find_on_random_text() throws IOException {
        List<Pattern> cues = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/org/clinicalnotes/template/visit-kinds.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cues.add(Pattern.compile(line.split("\t", 2)[1].strip()));
                }
            }
        }
        String[] words = {"therapy", "session", "x-ray", "pain", "mg", "a1c", "intake", "grew", "up", "_", "é", "9",
            "referred", "you", "by", "consultation", "-", ",", " ", "'", "depressed", "the", "sertraline"};
        Random r = new Random(7);
        List<WordStartPattern.Searcher> searchers = new ArrayList<>();
        for (Pattern p : cues) {
            searchers.add(WordStartPattern.of(p).searcher()); // reused from text to text, as VisitKind does
        }
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = r.nextInt(12); j > 0; j--) {
                sb.append(words[r.nextInt(words.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            }
            String text = i % 7 == 0 ? new StringBuilder(sb).reverse().toString() : sb.toString();
            for (int k = 0; k < cues.size(); k++) {
                Pattern p = cues.get(k);
                assertThat(WordStartPattern.of(p).findsAtWordStartsOnly()).as(p.pattern()).isTrue();
                assertSame(p, text);
                assertThat(searchers.get(k).count(text)).as(p + " searcher count in '" + text + "'")
                        .isEqualTo(count(p, text));
                assertThat(searchers.get(k).find(text)).as(p + " searcher find in '" + text + "'")
                        .isEqualTo(p.matcher(text).find());
            }
        }
    }

    @Test
    void alternatives_chosen_by_first_letter_answer_as_find() {
        List<Pattern> patterns = List.of(
                Pattern.compile("\\b(?:(?:come with me)|(?:check(?:ed)? (?:you|him) out)|(?:the )?nurse will"
                        + "|(?:pain)|x-?ray|(b)(?:lood|one)|a1c)\\b"),
                Pattern.compile("\\b(therapy|pain|ray|nurse|(?:the )?exam)( table)?\\b", Pattern.CASE_INSENSITIVE),
                Pattern.compile("\\b(pain|pa|p|x)\\1"));
        for (Pattern p : patterns) {
            for (String t : TEXTS) {
                assertSame(p, t);
            }
        }
    }

    @Test
    void may_find_is_false_only_when_find_is() {
        List<Pattern> patterns = List.of(Pattern.compile("\\bpain\\b"), Pattern.compile("\\b(?:x-?ray|a1c)\\b"),
                Pattern.compile("\\bpain|ray"), Pattern.compile("^hi\\b"));
        for (Pattern p : patterns) {
            WordStartPattern w = WordStartPattern.of(p);
            for (String t : TEXTS) {
                if (!w.mayFind(WordStartPattern.wordStarts(t))) {
                    assertThat(p.matcher(t).find()).as(p + " in '" + t + "'").isFalse();
                }
            }
        }
        assertThat(WordStartPattern.of(Pattern.compile("\\bpain\\b")).mayFind(WordStartPattern.wordStarts("the ache")))
                .isFalse();
        assertThat(WordStartPattern.of(Pattern.compile("\\bpain\\b")).mayFind(WordStartPattern.wordStarts("the pain")))
                .isTrue();
    }
}
