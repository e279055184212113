package org.clinicalnotes.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.check.NoteCheck;
import org.clinicalnotes.model.NoteModel;
import org.clinicalnotes.note.NoteSection;
import org.clinicalnotes.note.NoteStatement;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;

/** Long transcripts: drafted by utterance ranges and merged with valid evidence ids. */
class MapReduceTest {

    private static final Pattern ID = Pattern.compile("^\\[(u\\d+)] PATIENT: (.*)$", Pattern.MULTILINE);

    /** A fake chat model that writes one statement per part, quoting and citing the part's first patient line. */
    static final class EchoModel implements ChatModel {
        final List<List<String>> idsPerCall = new CopyOnWriteArrayList<>();

        @Override
        public ChatResponse doChat(ChatRequest request) {
            String user = ((UserMessage) request.messages().get(1)).singleText();
            Matcher m = ID.matcher(user);
            List<String> ids = new ArrayList<>();
            String firstId = null;
            String firstText = null;
            while (m.find()) {
                ids.add(m.group(1));
                if (firstId == null) {
                    firstId = m.group(1);
                    firstText = m.group(2);
                }
            }
            idsPerCall.add(ids);
            String json = "{\"subjective\":[{\"text\":\"" + firstText.replace("\"", "") + "\",\"evidence\":[\"" + firstId
                    + "\"]}],\"objective\":[],\"assessment\":[{\"text\":\"Gastroesophageal reflux disease.\","
                    + "\"evidence\":[\"u2\"]}],\"plan\":[],\"risk\":[],\"risks\":[]}";
            return ChatResponse.builder().aiMessage(AiMessage.from(json)).finishReason(FinishReason.STOP).build();
        }
    }

    @Test
    void long_transcript_is_drafted_in_ranges_and_merged_with_valid_ids() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            sb.append(i % 2 == 0 ? "[doctor] tell me about the heartburn on day " + i + " , please describe it ."
                    : "[patient] on day " + i + " the heartburn burned after dinner and lasted about two hours .")
                    .append('\n');
        }
        Transcript t = TranscriptReader.defaults().read(sb.toString(), "long.txt");
        EchoModel fake = new EchoModel();
        LlmNoteModel model = LlmNoteModel.builder().chatModel(fake).modelName("fake").contextBudgetTokens(1500).build();

        NoteModel.Draft draft = model.draft(t, Fixtures.soap());

        assertThat(fake.idsPerCall).hasSizeGreaterThan(1);
        Set<String> seen = new HashSet<>();
        for (List<String> ids : fake.idsPerCall) {
            assertThat(seen).doesNotContainAnyElementsOf(ids);
            seen.addAll(ids);
        }
        List<String> all = new ArrayList<>();
        fake.idsPerCall.forEach(all::addAll);
        assertThat(all).hasSize(60);
        NoteSection subjective = draft.sections().get(0);
        assertThat(subjective.statements()).hasSize(fake.idsPerCall.size());
        for (NoteStatement st : subjective.statements()) {
            assertThat(t.utterance(st.evidence().get(0))).isPresent();
            assertThat(NoteCheck.isGrounded(st, t)).isTrue();
        }
        NoteSection assessment = draft.sections().get(2);
        assertThat(assessment.statements()).singleElement()
                .satisfies(st -> assertThat(st.evidence()).containsExactly("u2"));
    }

    @Test
    void short_transcript_is_one_request() {
        EchoModel fake = new EchoModel();
        LlmNoteModel model = LlmNoteModel.builder().chatModel(fake).modelName("fake").build();

        model.draft(Fixtures.transcript(), Fixtures.soap());

        assertThat(fake.idsPerCall).hasSize(1);
    }
}
