package org.clinicalnotes.course;

import java.nio.file.Path;

/** Not a test: prints the sample's brief while developing. */
final class CourseDevPrint {
    public static void main(String[] args) {
        Course c = CourseAnalyzer.builder().build().analyze(ClientHistory.load(Path.of(args[0])));
        Brief b = Brief.of(c);
        System.out.println(BriefMarkdown.write(b));
        c.homework().forEach(h -> System.out.println(h.setIn() + " -> " + h.followedUpIn() + " " + h.followUpEvidence() + " | " + h.text()));
        c.themes().forEach(t -> System.out.println(t.label() + " " + t.keywords() + " " + t.sessions() + " " + t.trend()));
    }
}
