package org.clinicalnotes.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Live calls to the real providers. Each case runs only when its key is set (model names can be
 * overridden with {@code CLINICAL_NOTES_IT_MODEL_<PROVIDER>}) and is skipped otherwise. Not run by
 * {@code verify}: {@code ./mvnw -pl note-llm-adapters -am test -Dtest=LlmProvidersIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LlmProvidersIT {

    @ParameterizedTest
    @CsvSource({"OPENAI,gpt-4o-mini,OPENAI_API_KEY", "ANTHROPIC,claude-sonnet-4-5,ANTHROPIC_API_KEY",
        "GEMINI,gemini-2.0-flash,GEMINI_API_KEY", "AZURE_OPENAI,gpt-4o-mini,AZURE_OPENAI_API_KEY"})
    void live_provider_writes_a_grounded_note(LlmProvider provider, String defaultModel, String keyVariable) {
        assumeTrue(System.getenv(keyVariable) != null && !System.getenv(keyVariable).isBlank(),
                keyVariable + " is not set; skipping the live " + provider + " test");
        if (provider == LlmProvider.AZURE_OPENAI) {
            assumeTrue(System.getenv(LlmProvider.AZURE_ENDPOINT_VARIABLE) != null, "AZURE_OPENAI_ENDPOINT is not set");
        }
        String model = System.getenv().getOrDefault("CLINICAL_NOTES_IT_MODEL_" + provider.name(), defaultModel);
        List<LlmCallEvent> events = new CopyOnWriteArrayList<>();
        LlmNoteModel llm = LlmNoteModel.fromEnvironment(provider, model, null, System::getenv)
                .addListener(events::add).build();
        NoteGenerator generator = NoteGenerator.builder().model(llm).deidentifier(new TestDeidentifier()).build();

        ClinicalNote note = generator.generate(Fixtures.transcript(), NoteRequest.of("soap"));

        int statements = 0;
        for (NoteSection s : note.sections()) {
            for (NoteStatement st : s.statements()) {
                statements++;
                assertThat(st.evidence()).isNotEmpty();
            }
        }
        assertThat(statements).isPositive();
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.outcome()).isEqualTo(LlmCallEvent.Outcome.OK));
    }
}
