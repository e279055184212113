package org.clinicalnotes.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.risk.RiskScreen;
import org.clinicalnotes.transcript.TranscriptReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseAnalyzerTest {

    private static final Path SAMPLE = Path.of("../examples/samples/course-client");
    private static final CourseAnalyzer LEXICAL = CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).build();

    @TempDir
    Path dir;

    private static MeasurePoint p(String s, double v) {
        return new MeasurePoint(s, null, v, List.of("u1"));
    }

    @Test
    void reliable_change_follows_jacobson_truax_with_the_documented_criteria() {
        // PHQ-9: S_diff = sqrt(2) * 6.0 * sqrt(1 - 0.89) = 2.814; |RCI| > 1.96 means a change of 6 points or more
        MeasureTrajectory five = Trajectories.judge("PHQ-9", List.of(p("a", 15), p("b", 10)));
        MeasureTrajectory six = Trajectories.judge("PHQ-9", List.of(p("a", 15), p("b", 9)));
        assertThat(five.reliableChange()).isEqualTo(ReliableChange.NO_CHANGE);
        assertThat(five.rci()).isEqualTo(-1.78);
        assertThat(six.reliableChange()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(six.rci()).isEqualTo(-2.13);
        assertThat(six.clinicallySignificant()).isTrue(); // 15 (at or above 10) to 9 (below)
        assertThat(six.response()).isFalse();              // 9 > 15 / 2
        // GAD-7: S_diff = sqrt(2) * 4.5 * sqrt(1 - 0.92) = 1.8; a change of 4 points or more
        assertThat(Trajectories.judge("GAD-7", List.of(p("a", 7), p("b", 10))).reliableChange())
                .isEqualTo(ReliableChange.NO_CHANGE);
        MeasureTrajectory worse = Trajectories.judge("GAD-7", List.of(p("a", 7), p("b", 11)));
        assertThat(worse.reliableChange()).isEqualTo(ReliableChange.DETERIORATED);
        assertThat(worse.clinicallySignificant()).isTrue(); // crosses the cut-off of 8 upwards
        MeasureTrajectory remit = Trajectories.judge("PHQ-9", List.of(p("a", 19), p("b", 12), p("c", 4)));
        assertThat(remit.reliableChange()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(remit.response()).isTrue();
        assertThat(remit.remission()).isTrue();
        assertThat(Trajectories.judge("PHQ-9", List.of(p("a", 19))).change()).isEmpty();
        assertThat(Trajectories.judge("PCL-5", List.of(p("a", 50), p("b", 20))).change()).isEmpty();
    }

    @Test
    void sample_course_reads_scores_homework_themes_and_rising_risk() {
        Course c = LEXICAL.analyze(ClientHistory.load(SAMPLE));

        assertThat(c.history().sessions()).hasSize(6);
        assertThat(c.history().journal()).hasSize(8);
        MeasureTrajectory phq = c.measures().get(0);
        assertThat(phq.instrument()).isEqualTo("PHQ-9");
        assertThat(phq.points()).extracting(MeasurePoint::value).containsExactly(17.0, 15.0, 13.0, 12.0, 11.0, 10.0);
        assertThat(phq.reliableChange()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(c.homework()).extracting(Homework::setIn).containsExactly("01-2026-03-02", "02-2026-03-09",
                "03-2026-03-16", "04-2026-03-23", "05-2026-03-30", "06-2026-04-06");
        assertThat(c.homework().get(5).followUp()).isEmpty();
        assertThat(c.homework().get(0).followedUpIn()).isEqualTo("02-2026-03-09");
        assertThat(c.risk().rising()).isTrue();
        assertThat(c.themes()).isNotEmpty();
        assertThat(c.themes().stream().flatMap(t -> t.keywords().stream())).contains("mother", "manager", "sleep");
        for (Theme t : c.themes()) {
            assertThat(t.sessions()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(t.evidence()).allSatisfy(e -> assertThat(e.ids()).isNotEmpty());
        }
    }

    @Test
    void brief_puts_rising_risk_first_and_every_line_cites_existing_ids() {
        Course c = LEXICAL.analyze(ClientHistory.load(SAMPLE));
        Brief b = Brief.of(c);

        assertThat(b.lines().get(0).section()).isEqualTo("risk");
        assertThat(b.lines().get(0).text()).startsWith("RISING RISK");
        for (BriefLine l : b.lines()) {
            for (Evidence e : l.evidence()) {
                if (e.isJournal()) {
                    assertThat(c.history().journal()).extracting(JournalEntry::id).containsAll(e.ids());
                } else {
                    CourseSession s = c.history().session(e.session()).orElseThrow();
                    e.ids().forEach(id -> assertThat(s.transcript().utterance(id)).as(l.text()).isPresent());
                }
            }
        }
        assertThat(BriefJson.write(b)).isEqualTo(BriefJson.write(Brief.of(LEXICAL.analyze(ClientHistory.load(SAMPLE)))));
        assertThat(BriefMarkdown.write(b)).contains("## Questions to consider");
        assertThat(CoursePage.write(b)).contains("<svg").doesNotContain("<script");
        assertThat(b.toString()).doesNotContain("brother");
    }

    @Test
    void plan_goals_are_measurable_and_cited() {
        PlanDraft plan = PlanDraft.of(LEXICAL.analyze(ClientHistory.load(SAMPLE)));

        assertThat(plan.goals()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.due()).isEqualTo(LocalDate.parse("2026-06-01"));
            assertThat(g.evidence()).isNotEmpty();
        });
        assertThat(plan.goals()).anySatisfy(g -> {
            assertThat(g.instrument()).isEqualTo("PHQ-9");
            assertThat(g.below()).isEqualTo(10.0);
        });
        assertThat(plan.problems().get(0).key()).isEqualTo("risk");
        assertThat(plan.interventions()).allSatisfy(i -> assertThat(i.evidence()).isNotEmpty());
    }

    @Test
    void risk_that_faded_is_not_rising() throws IOException {
        Path client = dir.resolve("c");
        session(client, "01-2026-01-05", "[therapist] How have you been?\n[client] Honestly some nights I wish I could just "
                + "go to sleep and not wake up.\n");
        session(client, "02-2026-01-12", "[therapist] How have you been?\n[client] Better. Work is busy but fine.\n");
        session(client, "03-2026-01-19", "[therapist] How have you been?\n[client] Good week, I went climbing twice.\n");
        Course c = LEXICAL.analyze(ClientHistory.load(client));
        assertThat(c.risk().points().get(0).level()).isEqualTo(1);
        assertThat(c.risk().rising()).isFalse();
        assertThat(Brief.of(c).lines().get(0).text()).startsWith("No rising risk");
    }

    @Test
    void journal_lines_are_read_tolerantly_and_bad_ones_named() {
        List<JournalEntry> es = Journal.parse("{\"clientId\":\"a\",\"timestamp\":\"2026-01-02T10:00:00Z\",\"text\":\"ok\","
                + "\"mood\":\"4\",\"extra\":[1]}\n\n{\"client\":\"b\",\"time\":\"2026-01-03\"}\n", "j.jsonl", "a");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).id()).isEqualTo("e1");
        assertThat(es.get(0).mood()).isEqualTo(4.0);
        assertThatThrownBy(() -> Journal.parse("{\"id\":\"x\"}\n", "j.jsonl", null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CN-3405").hasMessageContaining("line 1");
    }

    @Test
    void folder_errors_are_typed() throws IOException {
        assertThatThrownBy(() -> ClientHistory.load(dir.resolve("missing"))).hasMessageContaining("CN-3401");
        Files.createDirectories(dir.resolve("empty/01-x"));
        assertThatThrownBy(() -> ClientHistory.load(dir.resolve("empty"))).hasMessageContaining("CN-3402");
        session(dir.resolve("bad"), "01-2026-01-05", "[therapist] Hi.\n[client] Hi.\n");
        Files.writeString(dir.resolve("bad/01-2026-01-05/session.json"), "{\"date\": \"5 Jan\"}");
        assertThatThrownBy(() -> ClientHistory.load(dir.resolve("bad"))).hasMessageContaining("CN-3404")
                .hasMessageContaining("session.json");
    }

    @Test
    void themes_need_two_sessions_and_the_analyzer_is_deterministic() {
        List<CourseSession> sessions = new ArrayList<>();
        String[] texts = {"[therapist] What is on your mind?\n[client] My landlord raised the rent again and the flat is damp.\n"
                + "[client] The landlord never fixes the mould.\n",
            "[therapist] And this week?\n[client] The landlord sent another letter about the rent.\n[client] I went to the gym.\n",
            "[therapist] How was the gym?\n[client] The gym was good, I swam too.\n"};
        for (int i = 0; i < texts.length; i++) {
            sessions.add(CourseSession.of("0" + (i + 1), null, TranscriptReader.defaults().read(texts[i], "s" + i)));
        }
        List<Theme> themes = Themes.find(sessions, null);
        assertThat(themes).isNotEmpty();
        Theme landlord = themes.stream().filter(t -> t.keywords().contains("landlord")).findFirst().orElseThrow();
        assertThat(landlord.sessions()).containsExactly("01", "02");
        assertThat(landlord.firstSeen()).isEqualTo("01");
        assertThat(landlord.lastSeen()).isEqualTo("02");
        assertThat(Themes.find(sessions, null)).isEqualTo(themes);
    }

    private static void session(Path client, String id, String text) throws IOException {
        Files.createDirectories(client.resolve(id));
        Files.writeString(client.resolve(id).resolve("session.txt"), text);
    }
}
