package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.course.PlanDraft;
import org.clinicalnotes.fhir.FhirContexts;
import org.clinicalnotes.fhir.course.CarePlanMapper;
import org.hl7.fhir.r4.model.Bundle;
import org.clinicalnotes.privacy.AuditRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Drafts a treatment plan from a client's sessions: problems, measurable goals (a target score by a",
            "date), interventions and measures to track, each citing its evidence. Writes DIR/plan.md and the FHIR R4",
            "DIR/careplan-bundle.json (CarePlan draft/proposal, Goals, Conditions, Device, Provenance). A draft until a",
            "clinician reviews and signs it."})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    CourseSource source;

    @Mixin
    CourseOutput output;

    @Mixin
    PrivacyOptions privacy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs, and with --audit appends one AuditEvent naming the client (by id) and the outcome. */
    @Override
    public Integer call() {
        return CourseOutput.audited(privacy, AuditRecord.Action.PLAN, source, this::run);
    }

    private int run(List<String> clients) {
        PrintWriter stdout = spec.commandLine().getOut();
        OutputFiles files = output.files();
        files.checkNotExisting(List.of("plan.md", "careplan-bundle.json"));
        ClientHistory history = source.load(spec.commandLine());
        clients.add(source.patientOrFolder(history));
        Course course = CourseAnalyzer.create().analyze(history);
        PlanDraft plan = PlanDraft.of(course);
        Bundle bundle = CarePlanMapper.map(plan, source.patientOrFolder(history), null, Instant.now());
        files.add("plan.md", PlanMarkdown.write(plan))
                .add("careplan-bundle.json", FhirContexts.jsonParser().setPrettyPrint(true).encodeResourceToString(bundle) + "\n");
        if (source.writeBack) {
            org.clinicalnotes.fhir.course.FhirClientHistory.send(source.client(), bundle);
            stdout.println("Wrote the CarePlan draft to the FHIR server.");
        }
        List<Path> written = files.commit();
        stdout.println(plan.problems().size() + " problems, " + plan.goals().size() + " goals, " + plan.interventions().size()
                + " interventions, " + plan.measures().size() + " measures to track. Draft: a clinician reviews and signs it.");
        stdout.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        return 0;
    }
}
