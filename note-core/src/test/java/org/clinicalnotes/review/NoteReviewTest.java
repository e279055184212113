package org.clinicalnotes.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.ModelInfo;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.render.NoteJson;
import org.junit.jupiter.api.Test;

class NoteReviewTest {

    static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

    static ClinicalNote draft() {
        return new ClinicalNote("11111111-2222-3333-4444-555555555555", List.of(
                new NoteSection("subjective", "Subjective", "61150-9", List.of(
                        NoteStatement.of("Patient reports heartburn.", List.of("u2")),
                        NoteStatement.of("No chest pain.", List.of("u4")))),
                new NoteSection("plan", "Plan", "18776-5", List.of())),
                List.of(), List.of(), List.of(),
                new NoteMetadata(ModelInfo.fromId("offline/0.1.0"), "soap", "not-needed-local-model", CREATED, NoteMetadata.Status.PRELIMINARY,
                        null, null, List.of()));
    }

    @Test
    void edit_keeps_original_text_and_evidence() {
        ClinicalNote n = NoteReview.of(draft()).edit("subjective", 0, "Patient reports nightly heartburn.")
                .edit("subjective", 0, "Patient reports heartburn four nights a week.").draft();
        NoteStatement s = n.section("subjective").orElseThrow().statements().get(0);
        assertThat(s.text()).isEqualTo("Patient reports heartburn four nights a week.");
        assertThat(s.originalText()).isEqualTo("Patient reports heartburn.");
        assertThat(s.evidence()).containsExactly("u2");
        assertThat(n.status()).isEqualTo(NoteMetadata.Status.PRELIMINARY);
    }

    @Test
    void added_statements_are_clinician_authored_and_deleted_ones_are_gone() {
        ClinicalNote n = NoteReview.of(draft()).add("plan", "Start omeprazole.").delete("subjective", 1).draft();
        assertThat(n.section("plan").orElseThrow().statements()).singleElement()
                .satisfies(s -> {
                    assertThat(s.support()).isEqualTo(NoteStatement.Support.CLINICIAN_AUTHORED);
                    assertThat(s.evidence()).isEmpty();
                });
        assertThat(n.section("subjective").orElseThrow().statements()).hasSize(1);
    }

    @Test
    void sign_makes_a_final_note_with_the_signature() {
        Instant at = CREATED.plusSeconds(60);
        ClinicalNote signed = NoteReview.of(draft()).sign(Signature.of("prac-1", at));
        assertThat(signed.status()).isEqualTo(NoteMetadata.Status.FINAL);
        assertThat(Signature.of(signed)).contains(new Signature("prac-1", at));
        assertThat(signed.id()).isEqualTo(draft().id());
    }

    @Test
    void a_signature_needs_a_practitioner_and_a_time() {
        assertThatThrownBy(() -> Signature.of(null, CREATED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Signature.of("prac-1", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Signature.of(" ", CREATED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoteMetadata(ModelInfo.fromId("m"), "soap", "d", CREATED, NoteMetadata.Status.FINAL, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_signing_before_creation_and_signing_twice() {
        assertThatThrownBy(() -> NoteReview.of(draft()).sign("prac-1", CREATED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        ClinicalNote signed = NoteReview.of(draft()).sign("prac-1", CREATED.plusSeconds(1));
        assertThatThrownBy(() -> NoteReview.of(signed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void amend_makes_a_new_amended_note_that_replaces_the_signed_one() {
        ClinicalNote signed = NoteReview.of(draft()).sign("prac-1", CREATED.plusSeconds(60));
        ClinicalNote amended = NoteReview.amend(signed).add("plan", "Follow up in four weeks.")
                .sign("prac-2", CREATED.plusSeconds(120));
        assertThat(amended.status()).isEqualTo(NoteMetadata.Status.AMENDED);
        assertThat(amended.id()).isNotEqualTo(signed.id());
        assertThat(amended.metadata().amends()).contains(signed.id());
        assertThat(NoteJson.read(NoteJson.write(amended), "n")).isEqualTo(amended);
        assertThatThrownBy(() -> NoteReview.amend(draft())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_saved_amendment_draft_signs_as_amended() {
        ClinicalNote signed = NoteReview.of(draft()).sign("prac-1", CREATED.plusSeconds(60));
        ClinicalNote pending = NoteReview.amend(signed).add("plan", "x y z.").draft();
        ClinicalNote reloaded = NoteJson.read(NoteJson.write(pending), "n");
        assertThat(reloaded.status()).isEqualTo(NoteMetadata.Status.PRELIMINARY);
        assertThat(NoteReview.of(reloaded).sign("prac-1", CREATED.plusSeconds(90)).status())
                .isEqualTo(NoteMetadata.Status.AMENDED);
    }

    @Test
    void rejects_changes_to_missing_sections_or_statements() {
        NoteReview r = NoteReview.of(draft());
        assertThatThrownBy(() -> r.edit("nope", 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.delete("plan", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.add("plan", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.hasChanges()).isFalse();
    }
}
