package org.clinicalnotes.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.Evidence;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.R4Validation;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --model openai-compatible}: the history goes out de-identified, the answer comes back checked. */
class PlanLlmCliTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    static final ObjectMapper JSON = new ObjectMapper();

    /** Names, a place and dates put into the cited lines of the sample client (and its folder names' dates). */
    static final List<String> PHI = List.of("Sam", "Daniel Okafor", "Okafor", "Leeds", "10 April 2026",
            "2026-04-06", "2026-03-30", "2026-03-02", "06-2026");

    @TempDir
    Path dir;

    /** The sample client, with PHI added to the lines that the plan's goals and interventions cite. */
    private Path client() throws Exception {
        Path src = Path.of("samples/course-client");
        Path dst = dir.resolve("client");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path to = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path s6 = dst.resolve("06-2026-04-06/session.txt");
        Files.writeString(s6, Files.readString(s6)
                .replace("Your PHQ-9 this week is 10", "Sam, your PHQ-9 this week is 10")
                .replace("to call your brother before Friday", "to call your brother Daniel Okafor in Leeds before "
                        + "Friday 10 April 2026"));
        return dst;
    }

    /** One section per goal and intervention that cites a session: what the CLI will ask for. */
    private static String answer(Path client) {
        PlanDraft p = PlanDraft.of(CourseAnalyzer.create().analyze(ClientHistory.load(client)));
        ObjectNode root = JSON.createObjectNode();
        for (int i = 0; i < p.goals().size(); i++) {
            PlanDraft.Goal g = p.goals().get(i);
            if (cites(g.evidence())) {
                String below = g.below() == Math.rint(g.below()) ? Long.toString((long) g.below()) : Double.toString(g.below());
                statement(root.putArray("goal-" + (i + 1)), i == 0
                        ? "Reduce distress within 8 weeks." // loses the measure and target: refused
                        : "Bring the " + g.instrument() + " score below " + below + " within 8 weeks.", "u1");
            }
        }
        for (int i = 0; i < p.interventions().size(); i++) {
            if (cites(p.interventions().get(i).evidence())) {
                statement(root.putArray("intervention-" + (i + 1)), "Work through the agreed between-session task "
                        + "together.", i == 0 ? "u999" : "u2"); // u999 was never shown: refused
            }
        }
        root.putArray("risks");
        return root.toString();
    }

    private static boolean cites(List<Evidence> ev) {
        return ev.stream().anyMatch(e -> !e.isJournal() && !e.ids().isEmpty());
    }

    private static void statement(ArrayNode arr, String text, String evidence) {
        ObjectNode st = arr.addObject().put("text", text);
        st.putArray("evidence").add(evidence);
    }

    @Test
    void llm_wording_goes_out_de_identified_and_comes_back_cited() throws Exception {
        Path client = client();
        server.stubFor(post("/v1/chat/completions").willReturn(GenerateLlmCommandTest.completion(answer(client))));
        Path out = dir.resolve("plan");
        CliContext context = new CliContext(Map.of("OPENAI_API_KEY", "sk-test")::get, null);

        CliRun r = CliRun.of(context, "plan", client.toString(), "--model", "openai-compatible", "--base-url",
                "http://127.0.0.1:" + server.getPort() + "/v1", "--model-name", "m", "-o", out.toString(),
                "--patient-id", "p-sam");

        assertThat(r.code()).as(r.err()).isZero();
        List<LoggedRequest> requests = server.findAll(postRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        String body = requests.get(0).getBodyAsString();
        assertThat(body).contains("PHQ-9").contains("brother");
        for (String phi : PHI) {
            assertThat(body).as(phi).doesNotContain(phi);
        }
        JsonNode plan = JSON.readTree(out.resolve("plan.json").toFile());
        assertThat(plan.get("model").asText()).startsWith("OpenAI-compatible:m/");
        JsonNode goals = plan.get("plan").get("goals");
        assertThat(goals.get(0).get("text").asText()).doesNotContain("Reduce distress");
        assertThat(goals).anySatisfy(g -> assertThat(g.get("text").asText()).startsWith("Bring the "));
        JsonNode interventions = plan.get("plan").get("interventions");
        assertThat(interventions.get(0).get("text").asText()).doesNotStartWith("Work through");
        assertThat(interventions).anySatisfy(i -> assertThat(i.get("text").asText()).startsWith("Work through"));
        for (String part : List.of("problems", "goals", "interventions", "measures")) {
            for (JsonNode e : plan.get("plan").get(part)) {
                assertThat(e.get("evidence")).as(e.get("text").asText()).isNotEmpty();
                for (JsonNode ev : e.get("evidence")) {
                    String session = ev.get("session").asText();
                    assertThat(session.equals("journal") || Files.isDirectory(client.resolve(session))).as(session).isTrue();
                }
            }
        }
        assertThat(r.out()).contains("refused");
        Bundle b = FhirContexts.jsonParser().parseResource(Bundle.class,
                Files.readString(out.resolve("careplan-bundle.json"), StandardCharsets.UTF_8));
        assertThat(R4Validation.errors(b)).as(() -> R4Validation.describe(R4Validation.errors(b))).isEmpty();
    }
}
