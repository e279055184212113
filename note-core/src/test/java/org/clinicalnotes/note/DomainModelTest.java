package org.clinicalnotes.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.Utterance;
import org.junit.jupiter.api.Test;

class DomainModelTest {

    private static final String SECRET = "Maria Gonzalez said she takes sertraline";

    @Test
    void records_holding_clinical_text_do_not_print_it() {
        Utterance u = Utterance.of("u1", Speaker.of(SpeakerRole.OTHER, "Maria Gonzalez"), SECRET);
        Transcript t = Transcript.of(List.of(u));
        NoteStatement st = NoteStatement.of(SECRET, List.of("u1"));
        NoteSection s = new NoteSection("subjective", "Subjective", null, List.of(st));
        ClinicalNote note = new ClinicalNote("n1", List.of(s), List.of(), List.of(), List.of(), preliminary());
        for (Object o : List.of(u, u.speaker(), t, st, s, note)) {
            assertThat(o.toString()).doesNotContain("Maria").doesNotContain("sertraline");
        }
        assertThat(u.toString()).contains("u1");
    }

    @Test
    void a_note_cannot_be_final_without_a_signature() {
        assertThatThrownBy(() -> new NoteMetadata(ModelInfo.fromId("offline/0.1.0"), "soap", "none", Instant.EPOCH, NoteMetadata.Status.FINAL,
                null, null, List.of())).isInstanceOf(IllegalArgumentException.class);
        NoteMetadata signed = new NoteMetadata(ModelInfo.fromId("offline/0.1.0"), "soap", "none", Instant.EPOCH, NoteMetadata.Status.FINAL,
                "Practitioner/123", Instant.EPOCH, List.of());
        assertThat(signed.signedBy()).contains("Practitioner/123");
    }

    @Test
    void records_copy_their_lists() {
        List<String> evidence = new ArrayList<>(List.of("u1"));
        NoteStatement st = NoteStatement.of("Text.", evidence);
        evidence.add("u2");
        assertThat(st.evidence()).containsExactly("u1");
        assertThatThrownBy(() -> st.evidence().add("u3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void transcript_rejects_duplicate_ids_and_finds_utterances_by_id() {
        Utterance a = Utterance.of("u1", Speaker.CLINICIAN, "Hello.");
        assertThatThrownBy(() -> Transcript.of(List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
        Transcript t = Transcript.of(List.of(a, Utterance.of("u2", Speaker.PATIENT, "Hi.")));
        assertThat(t.utterance("u2")).get().extracting(Utterance::role).isEqualTo(SpeakerRole.PATIENT);
        assertThat(t.utterance("u3")).isEmpty();
        assertThat(t.utterance("x")).isEmpty();
    }

    static NoteMetadata preliminary() {
        return new NoteMetadata(ModelInfo.fromId("offline/0.1.0"), "soap", "not-needed-local-model", Instant.parse("2026-01-02T03:04:05Z"),
                NoteMetadata.Status.PRELIMINARY, null, null, List.of());
    }
}
