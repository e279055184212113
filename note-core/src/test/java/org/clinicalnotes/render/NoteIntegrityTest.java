package org.clinicalnotes.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.generate.NoteGenerator;
import org.clinicalnotes.generate.NoteRequest;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.NoteMetadata;
import org.clinicalnotes.review.NoteReview;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

/** note.json carries a digest and a review chain; sign and amend read it sealed. */
class NoteIntegrityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant SIGNED = Instant.parse("2099-01-01T10:00:00Z");

    static ClinicalNote generated() {
        String text = "[doctor] How have you been sleeping?\n"
                + "[patient] Badly. I've had thoughts of killing myself this week.\n"
                + "[doctor] Do you have a plan?\n[patient] No plan. My PHQ-9 was 14 last time.\n"
                + "[doctor] Let's start sertraline 50 mg daily and meet next week.\n";
        return NoteGenerator.builder().build().generate(TranscriptReader.defaults().read(text, "visit.txt"),
                NoteRequest.of("soap"));
    }

    private static ObjectNode tree(String json) throws Exception {
        return (ObjectNode) MAPPER.readTree(json);
    }

    /** Writes a hand-edited tree back with a recomputed digest, as a careful forger would. */
    private static String resealed(ObjectNode root) throws Exception {
        ((ObjectNode) root.get("integrity")).put("digest", Integrity.digest(root));
        return MAPPER.writeValueAsString(root);
    }

    @Test
    void a_generated_note_carries_a_digest_and_the_transcript_ids_and_reads_sealed() throws Exception {
        ClinicalNote note = generated();
        String json = NoteJson.write(note);

        ObjectNode root = tree(json);
        assertThat(root.path("integrity").path("algorithm").asText()).isEqualTo("SHA-256");
        assertThat(root.path("integrity").path("digest").asText()).hasSize(64).isEqualTo(NoteJson.digest(note));
        assertThat(root.path("metadata").path("utterances").asInt()).isEqualTo(5);
        assertThat(NoteJson.readSealed(json, "note.json")).isEqualTo(note);
    }

    @Test
    void a_note_with_a_deleted_risk_flag_is_refused() throws Exception {
        ObjectNode root = tree(NoteJson.write(generated()));
        assertThat(root.withArray("riskFlags")).isNotEmpty();
        root.withArray("riskFlags").removeAll();

        assertThatThrownBy(() -> NoteJson.readSealed(MAPPER.writeValueAsString(root), "note.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("CN-3302: note.json: the note's content does not match its digest");
    }

    @Test
    void a_resealed_note_citing_a_turn_that_does_not_exist_is_refused() throws Exception {
        ObjectNode root = tree(NoteJson.write(generated()));
        ArrayNode evidence = (ArrayNode) root.withArray("sections").get(0).withArray("statements").get(0)
                .withArray("evidence");
        evidence.add("u999");

        assertThatThrownBy(() -> NoteJson.readSealed(resealed(root), "note.json"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-3304")
                .hasMessageContaining("sections[0].statements[0] cites utterance 'u999'");
    }

    @Test
    void a_forged_final_note_is_refused_with_or_without_a_recomputed_digest() throws Exception {
        ObjectNode root = tree(NoteJson.write(generated()));
        ObjectNode meta = (ObjectNode) root.get("metadata");
        meta.put("status", "FINAL").put("signer", "dr-who").put("signedAt", "2099-01-01T10:00:00Z");

        assertThatThrownBy(() -> NoteJson.readSealed(MAPPER.writeValueAsString(root), "note.json"))
                .hasMessageStartingWith("CN-3302");
        assertThatThrownBy(() -> NoteJson.readSealed(resealed(root), "note.json"))
                .hasMessageContaining("CN-3304")
                .hasMessageContaining("metadata.history records no signing");
    }

    @Test
    void a_note_without_a_digest_reads_but_does_not_read_sealed() throws Exception {
        ObjectNode root = tree(NoteJson.write(generated()));
        root.remove("integrity");
        String json = MAPPER.writeValueAsString(root);

        assertThat(NoteJson.read(json, "old.json").status()).isEqualTo(NoteMetadata.Status.PRELIMINARY);
        assertThatThrownBy(() -> NoteJson.readSealed(json, "old.json"))
                .hasMessageStartingWith("CN-3303: old.json: the note carries no digest");
    }

    @Test
    void signing_and_amending_append_to_the_review_chain() {
        ClinicalNote draft = generated();
        ClinicalNote signed = NoteReview.of(draft).add("plan", "Safety plan reviewed.").sign("dr-a", SIGNED);
        ClinicalNote amended = NoteReview.amend(signed, "amend-1").delete("plan", 0)
                .sign("dr-b", SIGNED.plusSeconds(60));

        assertThat(signed.metadata().history()).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(NoteMetadata.ReviewStep.Action.SIGNED);
            assertThat(s.previousDigest()).isEqualTo(NoteJson.digest(draft));
            assertThat(s.changes()).hasSize(1).allMatch(c -> c.startsWith("add plan:"));
        });
        assertThat(amended.metadata().history()).hasSize(2);
        assertThat(amended.metadata().history().get(1).previousDigest()).isEqualTo(NoteJson.digest(signed));
        assertThat(amended.metadata().history().get(1).changes()).containsExactly("delete plan:1");
        assertThat(NoteJson.readSealed(NoteJson.write(amended), "note.json")).isEqualTo(amended);
    }

    @Test
    void a_resealed_chain_that_disagrees_with_the_signer_is_refused() throws Exception {
        ClinicalNote signed = NoteReview.of(generated()).sign("dr-a", SIGNED);
        ObjectNode root = tree(NoteJson.write(signed));
        ((ObjectNode) root.get("metadata")).put("signer", "dr-mallory");

        assertThatThrownBy(() -> NoteJson.readSealed(resealed(root), "note.json"))
                .hasMessageContaining("CN-3304").hasMessageContaining("do not match the last step");
    }

    @Test
    void an_oversized_note_is_refused_before_parsing() {
        String huge = "{\"x\":\"" + "a".repeat(NoteJson.MAX_CHARS) + "\"}";
        assertThatThrownBy(() -> NoteJson.read(huge, "big.json"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("CN-3305: big.json");
    }

    @Test
    void metadata_round_trips_history_and_sparse_utterance_ids() {
        ClinicalNote signed = NoteReview.of(generated()).sign("dr-a", SIGNED);
        assertThat(NoteJson.read(NoteJson.write(signed), "n.json").metadata().history())
                .isEqualTo(signed.metadata().history());
        assertThat(signed.metadata().utteranceIds()).isEqualTo(List.of("u1", "u2", "u3", "u4", "u5"));
    }
}
