package org.clinicalnotes.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.template.TemplateRegistry;
import org.junit.jupiter.api.Test;

class EmptySectionLineTest {

    @Test
    void an_empty_assessment_or_response_is_left_to_the_clinician_not_called_empty() {
        NoteTemplate soap = TemplateRegistry.builtIn().get("soap");
        NoteTemplate birp = TemplateRegistry.builtIn().get("birp");

        assertThat(NoteMarkdown.emptyLine(soap, "assessment"))
                .isEqualTo("_No assessment stated in the session; clinician to complete._");
        assertThat(NoteMarkdown.emptyLine(birp, "response"))
                .isEqualTo("_No response stated in the session; clinician to complete._");
        assertThat(NoteMarkdown.emptyLine(soap, "plan")).isEqualTo("_Nothing documented._");
        assertThat(NoteMarkdown.emptyLine(null, "assessment")).isEqualTo("_Nothing documented._");
    }
}
