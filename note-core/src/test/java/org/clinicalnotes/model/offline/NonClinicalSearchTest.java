package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The grouped search of {@link NonClinical} answers as one alternation of the shipped patterns searched everywhere. */
class NonClinicalSearchTest {

    @Test
    void grouped_search_answers_as_the_plain_alternation() throws IOException {
        List<String> alternatives = new ArrayList<>();
        try (InputStream in = NonClinical.class.getResourceAsStream("non-clinical.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    alternatives.add("(?:" + line.split("\t", 2)[1].strip() + ")");
                }
            }
        }
        Pattern plain = Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE);
        String[] words = {"my", "name", "is", "your", "doctor", "i'm", "ana", "hi", "hello", "good", "morning", "thanks",
            "thank", "you", "for", "coming", "in", "come", "with", "me", "check", "out", "checked", "her", "nurse", "will",
            "be", "the", "i", "see", "okay", ",", ".", "date", "of", "birth", "dob", "d.o.b.", "parking", "pain",
            "let", "pull", "up", "chart", "bye", "Hi", "NAME", "é", "_", "x"};
        Random r = new Random(11);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 1 + r.nextInt(9); j > 0; j--) {
                sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            String s = r.nextBoolean() ? sb.toString().strip() : sb.toString();
            assertThat(NonClinical.matches(s)).as(s).isEqualTo(plain.matcher(s).find());
        }
    }
}
