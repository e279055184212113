package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicalnotes.course.Brief;
import org.clinicalnotes.course.BriefJson;
import org.clinicalnotes.course.BriefMarkdown;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CoursePage;
import org.clinicalnotes.fhir.course.FhirClientHistory;
import org.clinicalnotes.privacy.AuditListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "course", mixinStandardHelpOptions = true,
        description = {"Reads a client's sessions and journal into a pre-session brief: rising risk first, measures with",
            "reliable change, homework, recurring themes, questions. Writes DIR/brief.md, DIR/brief.json and",
            "DIR/course.html (charts). Every line cites its session and utterance ids. Nothing is overwritten without --force."})
final class CourseCommand implements Callable<Integer> {

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
        return CourseOutput.audited(privacy, AuditListener.Event.Action.COURSE, source, this::run);
    }

    private int run(List<String> clients) {
        PrintWriter stdout = spec.commandLine().getOut();
        OutputFiles files = output.files();
        files.checkNotExisting(List.of("brief.md", "brief.json", "course.html"));
        ClientHistory history = source.load(spec.commandLine());
        clients.add(source.patientOrFolder(history));
        Course course = output.analyze(source, history);
        Brief brief = Brief.of(course);
        files.add("brief.md", BriefMarkdown.write(brief)).add("brief.json", BriefJson.write(brief))
                .add("course.html", CoursePage.write(brief));
        if (source.writeBack) {
            FhirClientHistory.write(source.client(), course, source.patientOrFolder(history), null);
            stdout.println("Wrote the history, scores, risk assessments" + (course.risk().rising() ? " and a rising-risk flag" : "")
                    + " to the FHIR server.");
        }
        List<Path> written = files.commit();
        if (course.risk().rising()) {
            stdout.println("RISING RISK: see the top of brief.md.");
        }
        stdout.println(history.sessions().size() + " sessions, " + course.themes().size() + " themes, "
                + course.measures().size() + " measures, " + course.homework().size() + " homework items.");
        stdout.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        return 0;
    }
}
