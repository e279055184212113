package org.clinicalnotes.transcript;

import java.util.Locale;
import org.clinicalnotes.BadInputException;

/**
 * The {@link BadInputException}s {@link TranscriptReader} throws, one stable code each. Messages name the
 * source and line, never the content.
 */
final class ReadErrors {

    static final String NOT_FOUND = "CN-1001";
    static final String DIRECTORY = "CN-1002";
    static final String UNREADABLE = "CN-1003";
    static final String EMPTY = "CN-1004";
    static final String TOO_LARGE = "CN-1005";
    static final String BINARY = "CN-1006";
    static final String NOT_UTF8 = "CN-1007";
    static final String NO_TURNS = "CN-1008";
    static final String JSON_SYNTAX = "CN-1009";
    static final String JSON_SHAPE = "CN-1010";
    static final String VTT_CUE = "CN-1011";
    static final String VTT_HEADER = "CN-1012";

    static final String FORMATS = "tagged lines ([doctor] ...), Speaker: lines (Doctor: ...), WebVTT or JSON";

    private ReadErrors() {
    }

    static BadInputException notFound(String source) {
        return new BadInputException(NOT_FOUND, source, 0, "file does not exist",
                "Check the path and the working directory.", null);
    }

    static BadInputException directory(String source) {
        return new BadInputException(DIRECTORY, source, 0, "is a folder, not a file",
                "Pass the transcript file itself.", null);
    }

    static BadInputException unreadable(String source, Throwable cause) {
        String what = cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
        return new BadInputException(UNREADABLE, source, 0, "file cannot be read" + what,
                "Check the file's permissions.", cause);
    }

    static BadInputException empty(String source, boolean whitespaceOnly) {
        return new BadInputException(EMPTY, source, 0,
                whitespaceOnly ? "transcript holds only white space" : "transcript is empty",
                "Pass a transcript with speaker turns: " + FORMATS + ".", null);
    }

    static BadInputException tooLarge(String source, long size, long limit) {
        return new BadInputException(TOO_LARGE, source, 0,
                String.format(Locale.ROOT, "transcript is %,d bytes, over the limit of %,d bytes", size, limit),
                "Raise the limit to " + Math.max(size, limit + 1)
                        + " (TranscriptReader.builder().maxBytes(...)) or split the transcript.", null);
    }

    static BadInputException binary(String source, String why) {
        return new BadInputException(BINARY, source, 0, "looks like a binary file (" + why + "), not a text transcript",
                "Pass a UTF-8 text transcript (" + FORMATS + "); transcribe audio first (a Transcriber).", null);
    }

    static BadInputException notUtf8(String source, int line, String why) {
        return new BadInputException(NOT_UTF8, source, line, "not valid UTF-8 (" + why + ")",
                "Save the file as UTF-8, for example: iconv -f WINDOWS-1252 -t UTF-8 IN > OUT.", null);
    }

    static BadInputException noTurns(String source, String why) {
        return new BadInputException(NO_TURNS, source, 0, "no speaker turns found (" + why + ")",
                "Start each turn on its own line with a speaker: [doctor] ... or Doctor: ...; "
                        + "or pass WebVTT or JSON (TranscriptFormat auto|tagged|speaker-colon|webvtt|json).", null);
    }

    static BadInputException jsonSyntax(String source, int line, int column, Throwable cause) {
        String where = column > 0 ? " near column " + column : "";
        return new BadInputException(JSON_SYNTAX, source, line, "not valid JSON" + where,
                "Fix the JSON syntax; expected an array of {\"speaker\": ..., \"text\": ...} objects.", cause);
    }

    static BadInputException jsonShape(String source, int line, String reason) {
        return new BadInputException(JSON_SHAPE, source, line, reason,
                "Each element needs \"speaker\" and \"text\" strings; \"start\" and \"end\" are optional "
                        + "(seconds or \"hh:mm:ss.mmm\").", null);
    }

    static BadInputException vttCue(String source, int line, String reason) {
        return new BadInputException(VTT_CUE, source, line, reason,
                "Cue timings look like 00:00:01.000 --> 00:00:04.000 (hours optional).", null);
    }

    static BadInputException vttHeader(String source) {
        return new BadInputException(VTT_HEADER, source, 1, "WebVTT file does not start with WEBVTT",
                "Make the first line WEBVTT, or read it with TranscriptFormat auto.", null);
    }
}
