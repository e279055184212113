package org.clinicalnotes.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clinicalnotes.risk.RiskScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading kept beside a client's sessions: a new analyzer (a restarted process) starts warm. */
class CacheFilesTest {

    private static final Path SAMPLE = Path.of("../examples/samples/course-client");

    @TempDir
    Path dir;

    private Path copy() throws Exception {
        Path dst = dir.resolve("client");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path p : files.toList()) {
                Path to = dst.resolve(SAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dst;
    }

    private static CourseAnalyzer analyzer(SentenceEmbedder e) {
        return CourseAnalyzer.builder().riskScreen(RiskScreen.lexical()).embedder(e).build();
    }

    @Test
    void a_restarted_analyzer_reads_findings_and_vectors_from_the_files_and_gives_the_same_brief() throws Exception {
        Path client = copy();
        ClientHistory history = ClientHistory.load(client);
        CountingEmbedder first = new CountingEmbedder();
        String before = BriefJson.write(Brief.of(analyzer(first).analyze(history, client)));

        assertThat(first.seen).isNotEmpty();
        for (CourseSession s : history.sessions()) {
            Path file = client.resolve(s.id()).resolve(CacheFiles.NAME);
            assertThat(file).exists();
            assertThat(Files.readString(file)).doesNotContain("sleep").doesNotContain("mother");
            assertThat(CacheFiles.findings(client.resolve(s.id()), CourseAnalyzer.cacheKey(RiskScreen.lexical()),
                    ReadingCache.digest(s.transcript()))).isEqualTo(RiskScreen.lexical().findings(s.transcript()));
        }
        assertThat(client.resolve(CacheFiles.NAME)).exists();
        assertThat(Files.readString(client.resolve(CacheFiles.NAME))).contains("\"entries\"").contains("\"vectors\"");

        CountingEmbedder second = new CountingEmbedder();
        String after = BriefJson.write(Brief.of(analyzer(second).analyze(ClientHistory.load(client), client)));

        assertThat(second.seen).isEmpty();
        assertThat(after).isEqualTo(before);
        assertThat(BriefJson.write(Brief.of(analyzer(new CountingEmbedder()).analyze(history)))).isEqualTo(before);
    }

    @Test
    void a_changed_session_or_another_screen_does_not_use_the_stored_findings() throws Exception {
        Path client = copy();
        ClientHistory history = ClientHistory.load(client);
        analyzer(null).analyze(history, client);
        CourseSession s = history.sessions().get(0);

        assertThat(CacheFiles.findings(client.resolve(s.id()), "another-screen", ReadingCache.digest(s.transcript())))
                .isNull();
        assertThat(CacheFiles.findings(client.resolve(s.id()), RiskScreen.lexical().id(), "0".repeat(64))).isNull();
        Files.writeString(client.resolve(s.id()).resolve(CacheFiles.NAME), "{not json");
        assertThat(CacheFiles.findings(client.resolve(s.id()), RiskScreen.lexical().id(),
                ReadingCache.digest(s.transcript()))).isNull();
        assertThat(BriefJson.write(Brief.of(analyzer(null).analyze(history, client))))
                .isEqualTo(BriefJson.write(Brief.of(analyzer(null).analyze(history))));
    }

    @Test
    void findings_stored_for_the_same_screen_id_but_other_vocabularies_are_not_used() throws Exception {
        Path client = copy();
        ClientHistory history = ClientHistory.load(client);
        String fresh = BriefJson.write(Brief.of(analyzer(null).analyze(history)));
        assertThat(fresh).contains("\"rising\" : true");
        // what an earlier build wrote: the same declared screen id, other rule files, and (here) no findings at all
        for (CourseSession s : history.sessions()) {
            CacheFiles.storeFindings(client.resolve(s.id()), RiskScreen.lexical().id(),
                    ReadingCache.digest(s.transcript()), List.of());
            CacheFiles.storeFindings(client.resolve(s.id()), RiskScreen.lexical().id() + "#0123456789abcdef",
                    ReadingCache.digest(s.transcript()), List.of());
        }

        String read = BriefJson.write(Brief.of(analyzer(null).analyze(ClientHistory.load(client), client)));

        assertThat(read).isEqualTo(fresh);
        CourseSession last = history.latest();
        assertThat(CacheFiles.findings(client.resolve(last.id()), CourseAnalyzer.cacheKey(RiskScreen.lexical()),
                ReadingCache.digest(last.transcript()))).isNotEmpty();
    }
}
