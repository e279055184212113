package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.PlanDocument;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.course.PlanWriter;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.course.CarePlanMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.clinicalnotes.privacy.AuditListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = PlanSignCommand.class,
        description = {"Drafts a treatment plan from a client's sessions: problems, measurable goals (a target score by a",
            "date), interventions and measures to track, each citing its evidence. Writes DIR/plan.json (with its",
            "digest), DIR/plan.md and the FHIR R4 DIR/careplan-bundle.json (CarePlan draft/proposal, Goals, Conditions,",
            "Device, Provenance). A draft until a clinician reviews and signs it with 'plan sign DIR'.",
            "With an LLM --model the goals' and interventions' wording is drafted by the model from the de-identified",
            "history (offline by default)."})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    CourseSource source;

    @Mixin
    CourseOutput output;

    @Mixin
    PrivacyOptions privacy;

    @CommandLine.Option(names = {"-m", "--model"}, paramLabel = "MODEL", defaultValue = "offline",
            description = "offline (default) or an LLM, as for generate: openai, openai-compatible, azure-openai, "
                    + "anthropic, gemini, ollama; it rewords goals and interventions.")
    String model;

    @CommandLine.Mixin
    LlmOptions llm;

    @CommandLine.Option(names = "--no-deid", description = "Send the history to a remote model without "
            + "de-identification. The offline drafting never needs it.")
    boolean noDeid;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs, and with --audit appends one AuditEvent naming the client (by id) and the outcome. */
    @Override
    public Integer call() {
        return CourseOutput.audited(privacy, AuditListener.Event.Action.PLAN, source, this::run);
    }

    private int run(List<String> clients) {
        PrintWriter stdout = spec.commandLine().getOut();
        String modelId = model.toLowerCase(java.util.Locale.ROOT);
        if (!GenerateCommand.MODELS.contains(modelId)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --model '" + model + "'; use one of " + String.join(", ", GenerateCommand.MODELS));
        }
        PlanWriter writer = llm.planWriter(modelId, noDeid, spec.commandLine());
        OutputFiles files = output.files();
        files.checkNotExisting(List.of("plan.json", "plan.md", "careplan-bundle.json"));
        ClientHistory history = source.load(spec.commandLine());
        clients.add(source.patientOrFolder(history));
        Course course = output.analyze(source, history);
        PlanWriter.Drafted drafted = writer.draft(course);
        PlanDraft plan = drafted.plan();
        PlanDocument doc = PlanDocument.draft(plan, source.patientOrFolder(history), Instant.now(), drafted.model());
        Bundle bundle = CarePlanMapper.map(doc);
        files.add("plan.json", doc.toJson())
                .add("plan.md", PlanMarkdown.write(doc))
                .add("careplan-bundle.json", FhirContexts.jsonParser().setPrettyPrint(true).encodeResourceToString(bundle) + "\n");
        if (source.writeBack) {
            org.clinicalnotes.fhir.course.FhirClientHistory.send(source.client(), bundle);
            stdout.println("Wrote the CarePlan draft to the FHIR server.");
        }
        List<Path> written = files.commit();
        stdout.println(plan.problems().size() + " problems, " + plan.goals().size() + " goals, " + plan.interventions().size()
                + " interventions, " + plan.measures().size() + " measures to track. Draft: a clinician reviews and signs it.");
        if (!modelId.equals("offline")) {
            stdout.println("Model wording kept for " + drafted.reworded() + " elements; " + drafted.rejected()
                    + " refused (uncited, unknown evidence or target lost) and left in the local wording.");
        }
        stdout.println("Digest " + doc.digest().substring(0, 12) + "; sign with: plan sign " + output.out + " --practitioner-id ID "
                + "--digest " + doc.digest().substring(0, 12));
        stdout.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        return 0;
    }
}
