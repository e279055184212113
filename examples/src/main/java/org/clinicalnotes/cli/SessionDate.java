package org.clinicalnotes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.clinicalnotes.BadInputException;

/** The session's day from {@code session.json} beside a transcript ({@code {"date": "YYYY-MM-DD"}}), as the course folders hold it. */
final class SessionDate {

    private SessionDate() {
    }

    static Optional<LocalDate> beside(Path input) {
        Path parent = input.toAbsolutePath().getParent();
        Path file = parent == null ? null : parent.resolve("session.json");
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode date = new ObjectMapper().readTree(file.toFile()).get("date");
            return date == null || !date.isTextual() ? Optional.empty() : Optional.of(LocalDate.parse(date.asText()));
        } catch (IOException | DateTimeParseException e) {
            throw new BadInputException("CN-3601", file.getFileName().toString(), 0, "the session date cannot be read",
                    "write it as {\"date\": \"YYYY-MM-DD\"}", e);
        }
    }
}
