package org.clinicalnotes.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clinicalnotes.course.ClientHistory;
import org.clinicalnotes.course.Course;
import org.clinicalnotes.course.CourseAnalyzer;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;

/** The audit listener on the course analyzer (issue 18, course; split from note-between's {@code JournalAuditTest}). */
class CourseAuditTest {

    private static final Path COURSE_CLIENT = Path.of("../examples/samples/course-client");

    @Test
    void a_listener_that_throws_changes_no_result() {
        CourseAnalyzer a = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical())
                .addAuditListener(r -> {
                    throw new IllegalStateException("audit store down");
                }).build();
        assertThat(a.analyze(ClientHistory.load(COURSE_CLIENT)).themes()).isNotEmpty();
    }

    @Test
    void the_course_analyzer_audits_each_analysis_with_the_client() {
        List<AuditListener.Event> heard = new CopyOnWriteArrayList<>();
        CourseAnalyzer a = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).addAuditListener(heard::add)
                .build();
        ClientHistory h = ClientHistory.load(COURSE_CLIENT);
        Course c = a.analyze(h);

        assertThat(c.themes()).isNotEmpty();
        assertThat(heard).hasSize(1);
        AuditListener.Event r = heard.get(0);
        assertThat(r.action()).isEqualTo(AuditListener.Event.Action.COURSE);
        assertThat(r.outcome()).isEqualTo(AuditListener.Event.Outcome.SUCCESS);
        assertThat(r.clientIds()).containsExactly("course-client");
        assertThat(r.errorCode()).isNull();
        String said = h.latest().transcript().utterances().get(0).text();
        assertThat(r.toString()).doesNotContain(said);
    }
}
