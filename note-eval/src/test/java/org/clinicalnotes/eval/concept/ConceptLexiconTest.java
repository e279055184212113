package org.clinicalnotes.eval.concept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptLexiconTest {

    private final ConceptLexicon lex = ConceptLexicon.parse("""
            # comment
            medication\tamlodipine\tnorvasc
            problem\ttype 2 diabetes\tdiabetes|type two diabetes
            finding\tchest pain\t
            finding\tpain\t
            """);

    @Test
    void maps_brand_names_to_one_concept_and_prefers_longest_match() {
        assertThat(lex.size()).isEqualTo(4);
        assertThat(lex.find("Takes Norvasc; has type two diabetes and chest-pain."))
                .extracting(ConceptLexicon.Concept::term)
                .containsExactly("amlodipine", "type 2 diabetes", "chest pain");
        assertThat(lex.find("amlodipine 5 mg")).extracting(ConceptLexicon.Concept::category).containsExactly("medication");
    }

    @Test
    void scores_set_f1_and_skips_items_without_gold_concepts() {
        ConceptOverlap.Summary s = ConceptOverlap.corpus(lex,
                List.of("norvasc and diabetes", "nothing here"),
                List.of("amlodipine and chest pain", "diabetes"));

        // item 1: gold {amlodipine, diabetes}, pred {amlodipine, chest pain}: P = R = 0.5; item 2 skipped
        assertThat(s.items()).isEqualTo(1);
        assertThat(s.f1()).isCloseTo(50.0, within(1e-9));
        assertThat(ConceptOverlap.corpus(lex, List.of("x"), List.of("y")).f1()).isNaN();
    }

    @Test
    void built_in_vocabulary_loads_and_rejects_malformed_lines() {
        assertThat(ConceptLexicon.builtIn().size()).isGreaterThan(250);
        assertThat(ConceptLexicon.builtIn().find("started lisinopril for high blood pressure"))
                .extracting(ConceptLexicon.Concept::term).containsExactly("lisinopril", "hypertension");
        assertThatThrownBy(() -> ConceptLexicon.parse("medication\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }
}
