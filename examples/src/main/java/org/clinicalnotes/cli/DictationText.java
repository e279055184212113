package org.clinicalnotes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.Transcript;

/**
 * A dictation as plain text, with no speaker labels: every line is the clinician's, one turn a line (blank
 * lines and {@code #} heading lines skipped). Used by {@code generate --dictation}, and when a text file has
 * no speaker turns at all.
 */
final class DictationText {

    private DictationText() {
    }

    private static final java.util.regex.Pattern DICTATED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:dictat\\w*|chief complaint|history of (?:the )?present illness|assessment and plan"
                    + "|physical exam(?:ination)?|review of systems)\\b|^(?:subjective|objective|assessment|plan|impression)\\b");

    /** Whether untagged text reads as a dictated note: it names dictation or speaks a note's section headers. */
    static boolean looksDictated(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (DICTATED.matcher(line.strip()).find()) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    static Transcript read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("CN-3602", file.getFileName().toString(), 0, "the dictation cannot be read",
                    "pass a UTF-8 text file", e);
        }
        List<Transcript.Turn> turns = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                turns.add(new Transcript.Turn(Speaker.CLINICIAN, l));
            }
        }
        if (turns.isEmpty()) {
            throw new BadInputException("CN-3602", file.getFileName().toString(), 0, "the dictation has no text",
                    "pass the dictated note as text, one paragraph a line", null);
        }
        return Transcript.ofTurns(file.getFileName().toString(), turns);
    }
}
