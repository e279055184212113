package org.clinicalnotes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Use it from Java" against the code: the Java block is QuickStart's, it runs, and every type it lists exists. */
class QuickStartTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void the_readme_java_block_is_quickstart_between_its_markers() throws IOException {
        String source = Files.readString(ROOT.resolve("examples/src/main/java/org/clinicalnotes/examples/QuickStart.java"),
                StandardCharsets.UTF_8);
        int a = source.indexOf("// README-BEGIN\n") + "// README-BEGIN\n".length();
        int b = source.indexOf("// README-END");
        List<String> code = source.substring(a, b).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();

        String section = section("## Use it from Java");
        int start = section.indexOf("```java\n") + "```java\n".length();
        List<String> readme = section.substring(start, section.indexOf("```", start)).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();

        assertThat(readme).containsExactlyElementsOf(code);
    }

    @Test
    void every_type_the_readme_lists_for_integrators_is_a_public_library_type() throws IOException {
        String section = section("## Use it from Java");
        int table = section.indexOf("| job | types |");
        assertThat(table).isPositive();
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z]\\w+(?:\\.[A-Z]\\w+)*)`").matcher(section.substring(table));
        while (m.find()) {
            listed.add(m.group(1));
        }
        Set<String> publicTypes = new TreeSet<>();
        Pattern member = Pattern.compile("^    public (?:(?:static|final|sealed) )*(?:class|interface|enum|record) (\\w+)",
                Pattern.MULTILINE);
        Pattern decl = Pattern.compile("^public (?:(?:final|abstract|sealed) )*(?:class|interface|enum|record) (\\w+)",
                Pattern.MULTILINE);
        for (String module : List.of("note-core", "note-speech", "note-analysis", "note-between", "note-course", "note-fhir",
                "note-llm-adapters")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/internal/"))
                        .toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    Matcher d = decl.matcher(text);
                    if (d.find()) {
                        publicTypes.add(d.group(1));
                        for (Matcher n = member.matcher(text); n.find(); ) {   // a public member type: Outer.Member
                            publicTypes.add(d.group(1) + "." + n.group(1));
                        }
                    }
                }
            }
        }
        assertThat(listed).hasSizeGreaterThan(40);
        assertThat(publicTypes).containsAll(listed);
    }

    @Test
    void quickstart_writes_the_note_and_the_fhir_bundle(@TempDir Path dir) throws Exception {
        QuickStart.main(new String[] {ROOT.resolve("examples/samples/therapy-session.txt").toString(), dir.toString()});

        assertThat(Files.readString(dir.resolve("note.json"))).contains("\"status\"");
        assertThat(Files.readString(dir.resolve("bundle.json"))).contains("\"resourceType\": \"Bundle\"")
                .contains("DocumentReference").contains("Provenance");
    }

    private static String section(String heading) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end);
    }
}
