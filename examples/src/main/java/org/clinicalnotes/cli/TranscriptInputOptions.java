package org.clinicalnotes.cli;

import org.clinicalnotes.transcript.TranscriptFormat;
import org.clinicalnotes.transcript.TranscriptReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The transcript reader's options ({@code --format}, {@code --max-input-bytes}), shared by generate, analyze and
 * deid as a picocli mixin.
 */
final class TranscriptInputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: auto, tagged, speaker-colon, webvtt, json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-input-bytes", paramLabel = "BYTES", defaultValue = "5242880",
            description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}, 5 MB).")
    long maxInputBytes;

    /**
     * @param cl the command line, for the error
     * @throws CommandLine.ParameterException when the limit is not positive
     */
    void checkLimit(CommandLine cl) {
        if (maxInputBytes <= 0) {
            throw new CommandLine.ParameterException(cl, "--max-input-bytes must be positive");
        }
    }

    /**
     * @param cl the command line, for the error
     * @return a reader of the chosen format and limit
     * @throws CommandLine.ParameterException when the format is unknown
     */
    TranscriptReader reader(CommandLine cl) {
        return TranscriptReader.builder().format(parseFormat(cl, format)).maxBytes(maxInputBytes).build();
    }

    static TranscriptFormat parseFormat(CommandLine cl, String value) {
        return TranscriptFormat.fromName(value).orElseThrow(() -> new CommandLine.ParameterException(cl,
                "unknown --format '" + value + "'; use auto, tagged, speaker-colon, webvtt or json"));
    }
}
