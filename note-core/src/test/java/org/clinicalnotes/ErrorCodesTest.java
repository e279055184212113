package org.clinicalnotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry of error codes against the code base and the README: every code used is registered once,
 * every registered code is used, the category matches the exception thrown with it, the README's table
 * repeats the registry, and no library message names a command-line flag.
 */
class ErrorCodesTest {

    private static final Path ROOT = SourceTree.ROOT;
    private static final Pattern CODE = Pattern.compile("CN-\\d{4}");
    private static final List<String> LIBRARIES = List.of("note-core", "note-speech", "note-analysis", "note-between", "note-course",
            "note-fhir", "note-llm-adapters", "note-semantic");
    private static final Map<String, ErrorCodes.Category> TYPES = Map.of(
            "BadInput", ErrorCodes.Category.BAD_INPUT,
            "Consent", ErrorCodes.Category.BAD_INPUT,
            "FhirMapping", ErrorCodes.Category.BAD_INPUT,
            "Configuration", ErrorCodes.Category.CONFIGURATION,
            "ModelCall", ErrorCodes.Category.MODEL_CALL,
            "ModelAnswer", ErrorCodes.Category.MODEL_ANSWER,
            "CheckFailed", ErrorCodes.Category.CHECK_FAILED);

    @Test
    void every_code_used_in_the_code_base_is_registered_and_every_registered_code_is_used() {
        TreeSet<String> used = new TreeSet<>();
        for (Path file : mainSources()) {
            Matcher m = CODE.matcher(SourceTree.read(file));
            while (m.find()) {
                used.add(m.group());
            }
        }
        TreeSet<String> registered = new TreeSet<>(ErrorCodes.all().stream().map(ErrorCodes.Entry::code).toList());

        assertThat(used).as("codes used in src/main but missing from error-codes.tsv")
                .isSubsetOf(registered);
        assertThat(registered).as("codes in error-codes.tsv that no source uses any more")
                .isSubsetOf(used);
    }

    @Test
    void registry_entries_are_unique_sorted_and_filled_in() {
        List<ErrorCodes.Entry> all = ErrorCodes.all();
        assertThat(all).hasSizeGreaterThan(100);
        assertThat(all.stream().map(ErrorCodes.Entry::code).distinct().count()).isEqualTo(all.size());
        assertThat(all).allSatisfy(e -> {
            assertThat(e.summary()).isNotBlank().doesNotContain("|");
            assertThat(e.action()).isNotBlank().doesNotContain("|");
        });
        assertThat(ErrorCodes.find("CN-1005")).get().extracting(ErrorCodes.Entry::category)
                .isEqualTo(ErrorCodes.Category.BAD_INPUT);
        assertThat(ErrorCodes.find("CN-0000")).isEmpty();
    }

    @Test
    void the_category_of_a_code_matches_the_exception_it_is_thrown_with() {
        Pattern thrown = Pattern.compile("new (\\w+)Exception\\(\\s*\"(CN-\\d{4})\"");
        List<String> mismatches = new ArrayList<>();
        for (Path file : mainSources()) {
            Matcher m = thrown.matcher(SourceTree.read(file));
            while (m.find()) {
                ErrorCodes.Category expected = TYPES.get(m.group(1));
                ErrorCodes.Category actual = ErrorCodes.find(m.group(2)).map(ErrorCodes.Entry::category).orElse(null);
                if (expected != null && expected != actual) {
                    mismatches.add(m.group(2) + " thrown as " + m.group(1) + "Exception in " + file.getFileName()
                            + " but registered as " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void the_readme_error_table_repeats_the_registry_row_for_row() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Error codes\n");
        assertThat(start).as("README section '## Error codes'").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> rows = section.lines().filter(l -> l.startsWith("| CN-")).toList();
        List<String> expected = ErrorCodes.all().stream()
                .map(e -> "| " + e.code() + " | " + e.category() + " | " + e.summary() + " | " + e.action() + " |")
                .toList();
        assertThat(rows).as("README error table (regenerate it from error-codes.tsv)").containsExactlyElementsOf(expected);
    }

    @Test
    void no_library_message_names_a_command_line_flag() {
        Pattern literal = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
        Pattern flag = Pattern.compile("(?<![-\\w])--[a-z]");
        Map<String, String> found = new TreeMap<>();
        for (String module : LIBRARIES) {
            for (Path file : SourceTree.javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                String[] lines = SourceTree.read(file).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = literal.matcher(lines[i]);
                    while (m.find()) {
                        if (flag.matcher(m.group()).find()) {
                            found.put(module + "/" + file.getFileName() + ":" + (i + 1), m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("string literals naming a CLI flag in library code").isEmpty();
    }

    private static List<Path> mainSources() {
        List<Path> all = new ArrayList<>();
        for (Path module : SourceTree.modules()) {
            all.addAll(SourceTree.javaFiles(module.resolve("src/main")));
        }
        return all;
    }
}
