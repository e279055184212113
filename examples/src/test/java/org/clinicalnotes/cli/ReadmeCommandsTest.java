package org.clinicalnotes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicalnotes.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's concrete command lines (those whose inputs ship in the repository: the samples and the
 * outputs of the commands before them), in order, in-process, and checks each exit code against the one the
 * README states ("# exit N" on the line; 0 otherwise). Output folders are moved under a temporary folder.
 */
class ReadmeCommandsTest {

    private static final String JAR = "java -jar examples/target/clinical-notes.jar ";
    private static final Pattern EXIT = Pattern.compile("#.*?\\bexit (\\d)");

    @TempDir
    Path tmp;

    record Command(String line, List<String> args, int expectedExit) {
    }

    static List<Command> commands(String readme) {
        List<Command> out = new ArrayList<>();
        boolean inBash = false;
        StringBuilder pending = null;
        for (String raw : readme.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                inBash = !inBash && line.startsWith("```bash");
                continue;
            }
            if (!inBash) {
                continue;
            }
            if (pending == null) {
                int at = line.indexOf(JAR);
                if (at < 0) {
                    continue;
                }
                pending = new StringBuilder(line.substring(at + JAR.length()));
            } else {
                pending.append(' ').append(line);
            }
            if (pending.toString().strip().endsWith("\\")) {
                pending.setLength(pending.toString().strip().length() - 1);
                continue;
            }
            String full = pending.toString();
            pending = null;
            Matcher exit = EXIT.matcher(full);
            int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
            String cmd = full.replaceAll("\\s+#.*$", "").strip();
            List<String> args = words(cmd);
            boolean concrete = args.stream().anyMatch(a -> a.startsWith("examples/samples/") || a.startsWith("out/"))
                    && args.stream().noneMatch(a -> a.equals(a.toUpperCase()) && a.matches("[A-Z_.]{3,}"));
            // eval needs the downloaded data sets, transcribe a speech service, --fhir-base a FHIR server:
            // not runnable from a clone alone
            boolean needsServer = args.contains("--fhir-base") || args.contains("--base-url")
                    || args.stream().anyMatch(a -> a.startsWith("http://") || a.startsWith("https://"));
            if (concrete && !needsServer && !args.get(0).equals("eval") && !args.get(0).equals("transcribe")) {
                out.add(new Command(full, args, expected));
            }
        }
        return out;
    }

    /** Splits a command line as a shell does for these commands: at blanks, except inside double or single quotes. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }

    @Test
    void a_quoted_argument_stays_one_argument() {
        assertThat(words("journal scan f.jsonl --crisis \"988 Suicide & Crisis Lifeline=call or text 988\" --force"))
                .containsExactly("journal", "scan", "f.jsonl", "--crisis", "988 Suicide & Crisis Lifeline=call or text 988",
                        "--force");
    }

    @Test
    void the_readme_commands_that_need_no_key_or_download_run_with_the_exit_codes_it_states() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        List<Command> commands = commands(readme);
        assertThat(commands).as("concrete README commands").hasSizeGreaterThanOrEqualTo(3);
        for (Command c : commands) {
            List<String> args = new ArrayList<>();
            for (String a : c.args()) {
                args.add(a.startsWith("examples/samples/") ? a.substring("examples/".length())
                        : a.startsWith("out/") ? tmp.resolve(a).toString() : a);
            }
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.code()).as(c.line() + "\n" + r.err()).isEqualTo(c.expectedExit());
        }
    }

    @Test
    void the_readme_says_what_remote_models_do_now() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).doesNotContain("until it is merged they exit 2 (`CN-2603`)");
    }

    @Test
    void eval_without_data_names_where_it_looked_and_what_to_do() {
        assertThatThrownBy(() -> EvalCommand.dataFolder(null, "no-such-dataset", Map.<String, String>of()::get))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("CN-1901").hasMessageContaining("--data DIR")
                .hasMessageContaining("CLINICAL_NOTES_DATA");
        assertThat(EvalCommand.dataFolder(null, "aci-bench", Map.of("CLINICAL_NOTES_DATA", "/d")::get))
                .isEqualTo(Path.of("/d"));
    }
}
