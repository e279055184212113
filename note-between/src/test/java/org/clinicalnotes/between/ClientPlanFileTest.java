package org.clinicalnotes.between;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client plans read from a JSON file, with typed errors that name the file and the line. */
class ClientPlanFileTest {

    @TempDir
    Path dir;

    @Test
    void reads_each_clients_preferred_and_avoided_exercises_in_file_order() throws Exception {
        Path f = dir.resolve("plans.json");
        Files.writeString(f, """
                {"version": 1, "clients": {
                  "b": {"preferred": ["reframe-prompt", "reframe-prompt"], "avoid": ["activation-step"]},
                  "a": {"avoid": ["paced-breathing"]}
                }}
                """);

        Map<String, ClientPlan> plans = ClientPlan.readFile(f, CopingLibrary.shipped());

        assertThat(plans.keySet()).containsExactly("b", "a");
        assertThat(plans.get("b")).isEqualTo(new ClientPlan(List.of("reframe-prompt"), List.of("activation-step")));
        assertThat(plans.get("a")).isEqualTo(new ClientPlan(List.of(), List.of("paced-breathing")));
    }

    @Test
    void rejects_unknown_exercises_contradictions_wrong_shapes_and_bad_json_with_file_and_line() throws Exception {
        assertThatThrownBy(() -> read("{\"clients\": {\n\"a\": {\"avoid\": [\"yoga\"]}}}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-5257").hasMessageContaining("line 2")
                .hasMessageContaining("yoga");
        assertThatThrownBy(() -> read("{\"clients\": {\"a\": {\"preferred\": [\"paced-breathing\"], "
                + "\"avoid\": [\"paced-breathing\"]}}}"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-5256")
                .hasMessageContaining("both preferred and avoided");
        assertThatThrownBy(() -> read("{\"clients\": {\"a\": {\"avoid\": \"paced-breathing\"}}}"))
                .hasMessageContaining("CN-5256");
        assertThatThrownBy(() -> read("[]")).hasMessageContaining("CN-5256");
        assertThatThrownBy(() -> read("{\"version\": 2, \"clients\": {}}")).hasMessageContaining("CN-5256");
        assertThatThrownBy(() -> read("{\n\n\"clients\": {,}}")).hasMessageContaining("CN-5255")
                .hasMessageContaining("plans.json").hasMessageContaining("line 3");
        assertThatThrownBy(() -> ClientPlan.readFile(dir.resolve("none.json"), CopingLibrary.shipped()))
                .hasMessageContaining("CN-5255").hasMessageContaining("none.json");
        Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
        assertThatThrownBy(() -> ClientPlan.readFile(dir.resolve("latin1.json"), CopingLibrary.shipped()))
                .hasMessageContaining("CN-5255").hasMessageContaining("UTF-8");
    }

    private Map<String, ClientPlan> read(String text) throws Exception {
        Path f = dir.resolve("plans.json");
        Files.writeString(f, text);
        return ClientPlan.readFile(f, CopingLibrary.shipped());
    }
}
