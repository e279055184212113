package org.clinicalnotes.speech;

import java.util.Locale;
import org.clinicalnotes.BadInputException;

/** The CN-17xx {@link BadInputException}s for audio input. Each message is one line, naming the file, never content. */
final class SpeechErrors {

    static final String NOT_FOUND = "CN-1701";
    static final String EMPTY = "CN-1702";
    static final String NOT_AUDIO = "CN-1703";
    static final String TRUNCATED = "CN-1704";
    static final String CANNOT_SPLIT = "CN-1705";
    static final String WAV_ENCODING = "CN-1706";
    static final String BAD_SPEAKERS = "CN-1707";
    static final String UNREADABLE = "CN-1708";
    static final String NO_SPEECH = "CN-1709";
    static final String TOO_LARGE = "CN-1710";

    private SpeechErrors() {
    }

    static BadInputException of(String code, String source, String reason) {
        return new BadInputException(code, source, 0, reason, null, null);
    }

    static BadInputException notFound(String source) {
        return of(NOT_FOUND, source, "audio file does not exist; check the path");
    }

    static BadInputException unreadable(String source, Throwable cause) {
        return new BadInputException(UNREADABLE, source, 0, "cannot read the audio file ("
                + cause.getClass().getSimpleName() + "); check its permissions", null, cause);
    }

    static BadInputException empty(String source) {
        return of(EMPTY, source, "audio file is empty (0 bytes); record again or pass another file");
    }

    static BadInputException notAudio(String source) {
        return of(NOT_AUDIO, source, "not audio: the content is not WAV, MP3, M4A/MP4, FLAC, OGG or WebM "
                + "(detected by content, not by extension); pass a recording, or give a text transcript to generate");
    }

    static BadInputException truncated(String source, AudioFormat format, String what) {
        return of(TRUNCATED, source, format + " audio is truncated or corrupt (" + what
                + "); export the recording again");
    }

    static BadInputException cannotSplit(String source, AudioFormat format, long size, long limit) {
        return of(CANNOT_SPLIT, source, String.format(Locale.ROOT, "%s audio of %,d bytes is over the speech "
                + "service's upload limit of %,d bytes and only WAV (PCM) can be split here; convert it to WAV "
                + "(ffmpeg -i IN -ac 1 -ar 16000 OUT.wav) or raise the upload limit", format, size, limit));
    }

    static BadInputException wavEncoding(String source, String what) {
        return of(WAV_ENCODING, source, "WAV audio over the upload limit uses " + what
                + ", which cannot be split; convert it to 16-bit PCM (ffmpeg -i IN -ac 1 -ar 16000 OUT.wav)");
    }

    static BadInputException noSpeech(String source) {
        return of(NO_SPEECH, source, "the speech service recognised no speech in this audio; check the "
                + "recording and its language");
    }

    static BadInputException tooLarge(String source, long size, long max) {
        return of(TOO_LARGE, source, String.format(Locale.ROOT,
                "audio file of %,d bytes is over the %,d-byte limit for one file; split the recording", size, max));
    }
}
