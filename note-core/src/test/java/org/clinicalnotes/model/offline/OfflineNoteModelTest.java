package org.clinicalnotes.model.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.template.NoteTemplate;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Transcript.Turn;
import org.junit.jupiter.api.Test;

class OfflineNoteModelTest {

    private final OfflineNoteModel model = OfflineNoteModel.create();

    private static Transcript transcript(String... lines) {
        List<Turn> turns = new ArrayList<>();
        for (String line : lines) {
            Speaker speaker = line.startsWith("D:") ? Speaker.CLINICIAN : Speaker.PATIENT;
            turns.add(new Turn(speaker, line.substring(2).strip()));
        }
        return Transcript.ofTurns("test", turns);
    }

    private static NoteSection section(NoteModel.Draft draft, String id) {
        return draft.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(NoteSection section) {
        return section.statements().stream().map(NoteStatement::text).collect(Collectors.joining("\n"));
    }

    private static String all(NoteModel.Draft draft) {
        return draft.sections().stream().map(OfflineNoteModelTest::text).collect(Collectors.joining("\n"));
    }

    private static final Transcript VISIT = transcript(
            "D: hi , how are you ?",
            "P: i'm good , thanks .",
            "D: hey dragon , show me the vital signs .",
            "D: so what brings you in today ?",
            "P: um , i keep waking up at night with heartburn . it's been about two weeks .",
            "D: any chest pain ?",
            "P: no .",
            "D: are you taking anything for it ?",
            "P: i take tums , uh , twice a day .",
            "D: on exam , your abdomen is soft and non-tender . your lungs are clear to auscultation .",
            "D: your ekg from last month showed normal sinus rhythm .",
            "D: i think this is acid reflux .",
            "D: i'm going to prescribe omeprazole 20 mg daily . i want you to keep a sleep diary .",
            "P: okay .",
            "D: alright , thank you .");

    @Test
    void produces_every_template_section_in_order_with_spec_metadata() {
        NoteModel.Draft draft = model.draft(VISIT, TestTemplates.SOAP);

        assertThat(draft.sections()).extracting(NoteSection::id)
                .containsExactly("subjective", "objective", "assessment", "plan", "risk");
        assertThat(draft.sections()).extracting(NoteSection::loincCode)
                .containsExactly("61150-9", "61149-1", "51848-0", "18776-5", null);
        assertThat(section(draft, "risk").statements()).isEmpty();
    }

    @Test
    void places_sentences_in_the_right_sections() {
        NoteModel.Draft draft = model.draft(VISIT, TestTemplates.SOAP);

        assertThat(text(section(draft, "subjective"))).containsIgnoringCase("heartburn").containsIgnoringCase("tums");
        assertThat(text(section(draft, "objective")))
                .containsIgnoringCase("abdomen is soft")
                .containsIgnoringCase("lungs are clear")
                .containsIgnoringCase("ekg");
        assertThat(text(section(draft, "assessment"))).containsIgnoringCase("acid reflux");
        assertThat(text(section(draft, "plan"))).containsIgnoringCase("omeprazole 20 mg daily");
    }

    @Test
    void rewrites_first_person_into_third_person() {
        String subjective = text(section(model.draft(VISIT, TestTemplates.SOAP), "subjective"));

        assertThat(subjective).containsIgnoringCase("the patient keeps waking up at night with heartburn");
        assertThat(subjective).containsIgnoringCase("the patient takes tums");
        assertThat(subjective.toLowerCase(Locale.ROOT)).doesNotContain(" i ", "i keep", " my ")
                .doesNotContainPattern("\\b(um|uh)\\b");
    }

    @Test
    void rewrites_instructions_into_the_imperative() {
        String plan = text(section(model.draft(VISIT, TestTemplates.SOAP), "plan"));

        assertThat(plan).contains("Keep a sleep diary.");
        // the clinician's own plan loses its subject, as clinical notes write it: no first person left
        assertThat(plan).contains("Will prescribe omeprazole");
        assertThat(plan).doesNotContainPattern("\\b(I|we|you)\\b");
    }

    @Test
    void rewrites_possessives_with_inferred_pronoun() {
        Transcript t = transcript(
                "D: mr. jones is a 60-year-old male here for knee pain .",
                "P: my wife says i limp when i walk to the car .");

        String subjective = text(section(model.draft(t, TestTemplates.SOAP), "subjective"));

        assertThat(subjective).contains("His wife says he limps when he walks");
    }

    @Test
    void drops_greetings_small_talk_backchannels_and_assistant_commands() {
        String note = all(model.draft(VISIT, TestTemplates.SOAP)).toLowerCase(Locale.ROOT);

        assertThat(note).doesNotContain("how are you", "dragon", "vital signs", "thank you", "okay", "good, thanks");
    }

    @Test
    void folds_a_denial_into_the_question_and_cites_both_utterances() {
        NoteModel.Draft draft = model.draft(VISIT, TestTemplates.SOAP);

        NoteStatement denial = section(draft, "subjective").statements().stream()
                .filter(s -> s.text().contains("denies chest pain")).findFirst().orElseThrow();
        assertThat(denial.text()).isEqualTo("The patient denies chest pain.");
        assertThat(denial.evidence()).containsExactly("u6", "u7");
    }

    @Test
    void every_statement_cites_existing_utterances_that_contain_its_words() {
        NoteModel.Draft draft = model.draft(VISIT, TestTemplates.SOAP);

        for (NoteSection s : draft.sections()) {
            for (NoteStatement st : s.statements()) {
                assertThat(st.evidence()).isNotEmpty();
                assertThat(st.evidence()).allSatisfy(id -> assertThat(VISIT.utterance(id)).isPresent());
            }
        }
        NoteStatement exam = section(draft, "objective").statements().stream()
                .filter(st -> st.text().contains("bdomen")).findFirst().orElseThrow();
        assertThat(exam.evidence()).containsExactly("u10");
        NoteStatement plan = section(draft, "plan").statements().get(0);
        assertThat(plan.evidence()).containsExactly("u13");
    }

    @Test
    void handles_space_tokenised_lowercase_text() {
        Transcript t = transcript("P: i have n't been sleeping well , and my back hurts when i lift boxes .");

        String subjective = text(section(model.draft(t, TestTemplates.SOAP), "subjective"));

        assertThat(subjective).startsWith("The patient has not been sleeping well, and their back hurts");
        assertThat(subjective).doesNotContain(" ,", " .", "n't");
    }

    @Test
    void cleans_disfluencies_and_repeated_words() {
        Transcript t = transcript("P: um , so i i have , uh , you know , a sharp sharp pain in my left knee .");

        String subjective = text(section(model.draft(t, TestTemplates.SOAP), "subjective"));

        assertThat(subjective).isEqualTo("The patient has a sharp pain in their left knee.");
    }

    @Test
    void merges_duplicate_statements_and_keeps_all_evidence() {
        Transcript t = transcript(
                "P: i have had a cough for three weeks .",
                "D: okay .",
                "P: i have had a cough for three weeks .");

        List<NoteStatement> statements = section(model.draft(t, TestTemplates.SOAP), "subjective").statements();

        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).evidence()).containsExactly("u1", "u3");
    }

    @Test
    void routes_risk_content_to_the_risk_section() {
        Transcript t = transcript(
                "D: have you had any thoughts of hurting yourself ?",
                "P: sometimes i think everyone would be better off dead without me .");

        NoteModel.Draft draft = model.draft(t, TestTemplates.SOAP);

        assertThat(text(section(draft, "risk"))).containsIgnoringCase("better off dead");
        assertThat(section(draft, "risk").statements().get(0).evidence()).contains("u2");
    }

    @Test
    void falls_back_when_the_template_lacks_a_kind() {
        NoteModel.Draft draft = model.draft(VISIT, TestTemplates.MINIMAL);

        String note = all(draft);
        assertThat(note).containsIgnoringCase("lungs are clear").containsIgnoringCase("acid reflux")
                .containsIgnoringCase("omeprazole");
        assertThat(draft.sections()).extracting(NoteSection::id).containsExactly("subjective", "plan");
    }

    private static final Transcript SESSION = transcript(
            "D: how have things been since our last session ?",
            "P: i've been feeling anxious at work and i can't stop worrying about deadlines .",
            "D: you seem tense today and your affect is anxious .",
            "D: let's practice a breathing exercise together and reframe the thought that you will fail .",
            "P: that helped , i feel calmer now .",
            "D: for homework , i want you to keep a thought record every evening this week .",
            "D: our goal is to reduce your worry to two days a week .");

    @Test
    void fills_a_dap_template_from_a_therapy_session() {
        NoteModel.Draft draft = model.draft(SESSION, TestTemplates.DAP);

        String data = text(section(draft, "data"));
        assertThat(data).containsIgnoringCase("anxious at work").containsIgnoringCase("affect is anxious")
                .containsIgnoringCase("breathing exercise").containsIgnoringCase("feel calmer");
        assertThat(text(section(draft, "plan"))).containsIgnoringCase("keep a thought record")
                .containsIgnoringCase("goal is to reduce");
    }

    @Test
    void fills_a_birp_template_from_a_therapy_session() {
        NoteModel.Draft draft = model.draft(SESSION, TestTemplates.BIRP);

        assertThat(text(section(draft, "behavior"))).containsIgnoringCase("anxious at work")
                .containsIgnoringCase("seems tense");
        assertThat(text(section(draft, "intervention"))).containsIgnoringCase("breathing exercise");
        assertThat(text(section(draft, "response"))).containsIgnoringCase("calmer");
        assertThat(text(section(draft, "plan"))).containsIgnoringCase("thought record");
    }

    @Test
    void is_deterministic_and_thread_safe() {
        NoteModel.Draft first = model.draft(VISIT, TestTemplates.SOAP);

        List<NoteModel.Draft> parallel = IntStream.range(0, 32).parallel()
                .mapToObj(i -> model.draft(VISIT, TestTemplates.SOAP)).toList();

        assertThat(parallel).allSatisfy(d -> assertThat(d).isEqualTo(first));
        assertThat(OfflineNoteModel.create().draft(VISIT, TestTemplates.SOAP)).isEqualTo(first);
    }

    @Test
    void reports_offline_local_model_info() {
        assertThat(model.info().name()).isEqualTo("offline");
        assertThat(model.info().version()).isEqualTo("0.1.0");
        assertThat(model.info().provider()).isEqualTo("clinical-notes");
        assertThat(model.info().local()).isTrue();
    }

    @Test
    void builder_rejects_bad_options_and_round_trips() {
        assertThatThrownBy(() -> OfflineNoteModel.builder().minContentWords(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfflineNoteModel.builder().maxWords(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfflineNoteModel.builder().minRelevance(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        OfflineNoteModel custom = OfflineNoteModel.builder().maxWords(0).build();
        assertThat(custom.toBuilder().build().draft(VISIT, TestTemplates.SOAP))
                .isEqualTo(custom.draft(VISIT, TestTemplates.SOAP));
    }

    @Test
    void rejects_null_arguments() {
        NoteTemplate template = TestTemplates.SOAP;
        assertThatThrownBy(() -> model.draft(null, template)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> model.draft(VISIT, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void to_string_holds_no_transcript_text() {
        assertThat(model.toString()).doesNotContain("heartburn");
        assertThat(model.draft(VISIT, TestTemplates.SOAP).toString()).doesNotContain("heartburn");
    }

    private static final Transcript UNPUNCTUATED = transcript(
            "D: hi there how are you today",
            "P: i'm okay",
            "D: okay so how long have you had this knee pain",
            "P: about two weeks now it started after i went hiking with my husband",
            "D: okay and have you had any fever",
            "P: no fever or chills",
            "D: okay and do you have any numbness in your leg",
            "P: no i haven't noticed that",
            "D: alright so on your knee exam you have some swelling and tenderness over the medial joint line",
            "D: i'm going to order an mri of your left knee and i want you to take ibuprofen twice a day");

    @Test
    void segments_unpunctuated_speech_and_recognises_questions() {
        List<String> pieces = Segmenter.split("how long have you had this knee pain it started after"
                + " i went hiking with my husband", false);

        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces.get(0)).endsWith("?").contains("how long have you had");
        assertThat(pieces.get(pieces.size() - 1)).endsWith(".");
        assertThat(String.join(" ", pieces).replaceAll("[.?]", "")).isEqualTo("how long have you had this"
                + " knee pain it started after i went hiking with my husband");
    }

    @Test
    void leaves_punctuated_sentences_alone_unless_they_run_on() {
        assertThat(Segmenter.isPunctuated("i have a cough. it started monday. no fever.")).isTrue();
        assertThat(Segmenter.isPunctuated("i have a cough it started monday no fever i think it is getting"
                + " better but i am not sure and my wife thinks i should get it checked out by someone soon"
                + " because it has been going on for a while now and it keeps me up at night")).isFalse();
        assertThat(Segmenter.split("i have had a cough since monday and it keeps me up at night.", true))
                .containsExactly("i have had a cough since monday and it keeps me up at night.");
        assertThat(Segmenter.split("any fever", false)).containsExactly("any fever?");
    }

    @Test
    void drafts_a_note_from_unpunctuated_speech_without_asking_questions() {
        NoteModel.Draft draft = model.draft(UNPUNCTUATED, TestTemplates.SOAP);

        String note = all(draft);
        assertThat(note).doesNotContainIgnoringCase("how long have");
        assertThat(text(section(draft, "objective"))).containsIgnoringCase("swelling and tenderness");
        assertThat(text(section(draft, "plan"))).containsIgnoringCase("order an mri");
    }

    @Test
    void turns_a_patients_no_with_a_symptom_into_a_denial_citing_the_answer() {
        NoteModel.Draft draft = model.draft(UNPUNCTUATED, TestTemplates.SOAP);

        List<NoteStatement> denials = section(draft, "subjective").statements().stream()
                .filter(st -> st.text().contains("denies fever or chills")).toList();
        assertThat(denials).hasSize(1);
        // the only cue to the patient's sex is "my husband": never guessed, so "the patient"
        assertThat(denials.get(0).text()).isEqualTo("The patient denies fever or chills.");
        assertThat(denials.get(0).evidence()).containsExactly("u5", "u6");
    }

    @Test
    void keeps_a_no_that_answers_the_question_out_of_the_statement() {
        String note = all(model.draft(UNPUNCTUATED, TestTemplates.SOAP));

        assertThat(note).doesNotContain("denies I", "denies i ", "reports no i");
    }

    @Test
    void opens_the_history_with_the_dictated_introduction() {
        Transcript t = transcript(
                "D: hi , how are you ?",
                "P: my knee has been swelling up for a week and it hurts to climb stairs .",
                "D: so , mr. jones is a 60-year-old male with a history of gout who presents for follow-up of knee pain .",
                "D: let's take a look . on your knee exam , there is an effusion .");

        List<NoteStatement> subjective = section(model.draft(t, TestTemplates.SOAP), "subjective").statements();

        NoteStatement intro = subjective.stream().filter(st -> st.text().contains("60-year-old")).findFirst()
                .orElseThrow();
        assertThat(intro.text()).startsWith("Mr. jones is a 60-year-old male with a history of gout");
        assertThat(intro.evidence()).containsExactly("u3");
        NoteStatement swelling = subjective.stream().filter(st -> st.text().contains("swelling")).findFirst()
                .orElseThrow();
        assertThat(subjective.indexOf(intro)).isLessThan(subjective.indexOf(swelling));
    }

    @Test
    void places_a_sentence_opened_by_an_exam_in_the_examination() {
        Transcript t = transcript(
                "D: on your heart exam , i hear a murmur so we will follow up on that .");

        NoteModel.Draft draft = model.draft(t, TestTemplates.SOAP);

        assertThat(text(section(draft, "objective"))).containsIgnoringCase("murmur");
        assertThat(section(draft, "plan").statements()).isEmpty();
    }

    @Test
    void every_statement_passes_the_grounding_check_with_spoken_numbers_as_digits() {
        for (Transcript t : List.of(VISIT, UNPUNCTUATED)) {
            NoteModel.Draft draft = model.draft(t, TestTemplates.SOAP);
            for (NoteSection s : draft.sections()) {
                assertThat(s.statements()).allSatisfy(st -> assertThat(NoteCheck.isGrounded(st, t))
                        .as(st.text()).isTrue());
            }
        }
        assertThat(ClinicalForm.finish("i take two milligrams every three days")).isEqualTo(
                "I take 2 mg every 3 days.");
        assertThat(ClinicalForm.finish("i take two milligrams every three days", true)).isEqualTo(
                "I take two mg every three days.");
    }
}
