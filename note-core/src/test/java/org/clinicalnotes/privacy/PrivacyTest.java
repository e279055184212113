package org.clinicalnotes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.ConsentRecord;
import org.clinicalnotes.note.SensitivityLabel;
import org.clinicalnotes.note.SensitivityLabel.Category;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.clinicalnotes.privacy.internal.SensitivityLabeler;
import org.junit.jupiter.api.Test;

class PrivacyTest {

    static final ConsentRecord CONSENT = new ConsentRecord("consent-1", LocalDate.of(2026, 1, 5),
            Set.of(ConsentRecord.Scope.RECORDING, ConsentRecord.Scope.AI_DRAFTING), "verbal");

    static Transcript transcript(String text) {
        return TranscriptReader.defaults().read(text, "t.txt");
    }

    static final String SESSION = "[therapist] How has the week been?\n"
            + "[client] I relapsed on alcohol on Friday and my partner hit me again.\n"
            + "[therapist] I'm sorry. Are you safe at home?\n"
            + "[client] Not really. And my HIV viral load came back fine at least.\n"
            + "[therapist] Let's make a safety plan and talk about detox options.\n";

    @Test
    void a_generator_that_requires_consent_refuses_without_it_and_records_it_with_it() {
        NoteGenerator g = NoteGenerator.builder().requireConsent().build();

        assertThatThrownBy(() -> g.generate(transcript(SESSION), NoteRequest.of("dap")))
                .isInstanceOf(org.clinicalnotes.BadInputException.class).hasMessageStartingWith("CN-3310");
        ConsentRecord recordingOnly = new ConsentRecord("c2", LocalDate.of(2026, 1, 5),
                Set.of(ConsentRecord.Scope.RECORDING), "written");
        assertThatThrownBy(() -> g.generate(transcript(SESSION),
                NoteRequest.builder().template("dap").consent(recordingOnly).build()))
                .hasMessageContaining("does not cover both");

        ClinicalNote note = g.generate(transcript(SESSION), NoteRequest.builder().template("dap").consent(CONSENT)
                .build());
        assertThat(note.metadata().consentRecord()).contains(CONSENT);
        assertThat(org.clinicalnotes.render.NoteMarkdown.render(note, null))
                .contains("Consent `consent-1` of 2026-01-05 (verbal): ai drafting, recording.");
        assertThat(NoteJson.readSealed(NoteJson.write(note), "n.json").metadata().consent()).isEqualTo(CONSENT);
    }

    @Test
    void labels_cite_the_utterances_that_triggered_them() {
        ClinicalNote note = NoteGenerator.builder().build().generate(transcript(SESSION), NoteRequest.of("dap"));

        assertThat(note.metadata().labels()).extracting(SensitivityLabel::category)
                .containsExactly(Category.PSYCHOTHERAPY, Category.SUBSTANCE_USE, Category.SEXUAL_DOMESTIC_VIOLENCE,
                        Category.HIV);
        SensitivityLabel hiv = note.metadata().labels().get(3);
        assertThat(hiv.trigger()).isEqualTo("term:hiv");
        assertThat(hiv.evidence()).containsExactly("u4");
        assertThat(note.metadata().labels().get(1).evidence()).contains("u2", "u5");
        assertThat(NoteJson.readSealed(NoteJson.write(note), "n.json").metadata().labels())
                .isEqualTo(note.metadata().labels());
        assertThat(org.clinicalnotes.render.NoteMarkdown.render(note, null))
                .contains("**Restricted**: sensitive content: psychotherapy (template:dap)")
                .contains("hiv (term:hiv) `[u4]`");
    }

    @Test
    void an_ordinary_visit_gets_no_label_and_words_inside_words_do_not_count() {
        String visit = "[doctor] Any trouble swallowing?\n[patient] No. I use hearing aids and drink water.\n"
                + "[doctor] Your abdomen is soft. Let's recheck in four weeks.\n";
        ClinicalNote note = NoteGenerator.builder().build().generate(transcript(visit), NoteRequest.of("soap"));
        assertThat(note.metadata().labels()).isEmpty();
    }

    @Test
    void the_audit_listener_hears_success_and_failure_without_text() {
        List<AuditListener.Event> heard = new CopyOnWriteArrayList<>();
        NoteGenerator g = NoteGenerator.builder().requireConsent().addAuditListener(heard::add).build();

        ClinicalNote note = g.generate(transcript(SESSION), NoteRequest.builder().consent(CONSENT).build());
        assertThatThrownBy(() -> g.generate(transcript(SESSION), NoteRequest.of("soap")));

        assertThat(heard).hasSize(2);
        assertThat(heard.get(0).outcome()).isEqualTo(AuditListener.Event.Outcome.SUCCESS);
        assertThat(heard.get(0).noteId()).isEqualTo(note.id());
        assertThat(heard.get(1).outcome()).isEqualTo(AuditListener.Event.Outcome.FAILURE);
        assertThat(heard.get(1).errorCode()).isEqualTo("CN-3310");
        assertThat(heard.toString()).doesNotContain("alcohol").doesNotContain("HIV");
    }

    @Test
    void words_are_split_without_regular_expressions() {
        assertThat(SensitivityLabeler.words("Alcohol, CD4-count!  ok")).isEqualTo("alcohol cd4 count ok");
    }
}
