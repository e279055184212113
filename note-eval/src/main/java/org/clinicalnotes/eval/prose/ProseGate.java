package org.clinicalnotes.eval.prose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Command-line grammar gate over rendered notes: {@code ProseGate DIR|note.md ...} finds every {@code note.md}
 * under the given paths, checks its numbered statements with {@link ProseCheck} and prints the counts and
 * each finding. Used for the sample notes and the blind before/after notes.
 *
 * @since 0.1.0
 */
public final class ProseGate {

    private static final Pattern STATEMENT = Pattern.compile("^\\d+\\. (.*?)(?: `\\[[^\\]]*\\]`)?\\s*$");

    private ProseGate() {
    }

    /**
     * The numbered statements of a rendered {@code note.md}, without their evidence ids.
     *
     * @param markdown the note; not null
     * @return the statements
     */
    public static List<String> statementsOfMarkdown(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            Matcher m = STATEMENT.matcher(line.strip());
            if (m.matches() && !m.group(1).isBlank()) {
                out.add(m.group(1).replace("**", ""));
            }
        }
        return out;
    }

    /**
     * Runs the gate.
     *
     * @param args folders or note.md files
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<Path> notes = new ArrayList<>();
        for (String a : args) {
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                s.filter(p -> p.getFileName().toString().equals("note.md")).sorted().forEach(notes::add);
            }
        }
        ProseCheck check = ProseCheck.create();
        int statements = 0;
        int errors = 0;
        int person = 0;
        for (Path p : notes) {
            ProseScore s = check.check(statementsOfMarkdown(Files.readString(p, StandardCharsets.UTF_8)));
            statements += s.statements();
            errors += s.errors();
            person += s.personStatements();
            for (ProseScore.Finding f : s.findings()) {
                System.out.println(p.getParent().getFileName() + "\t" + f.rule() + "\t" + f.message() + "\t"
                        + f.statement());
            }
        }
        System.out.printf(Locale.ROOT, "notes %d, statements %d, LanguageTool errors %d (%.2f per 100 statements),"
                + " first/second-person statements %d%n", notes.size(), statements, errors,
                statements == 0 ? Double.NaN : 100.0 * errors / statements, person);
    }
}
