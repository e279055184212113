package org.clinicalnotes.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A recording held in memory, with its format detected from the content and checked for truncation.
 *
 * <p>Immutable: the bytes are copied in and {@link #bytes()} returns a copy. {@link #toString()} prints the
 * format and size only.
 *
 * @param content the encoded audio; not empty
 * @param format the detected container format; not null
 * @param source a name for error messages (a file name, never content); not null
 * @since 0.1.0
 */
public record AudioInput(byte[] content, AudioFormat format, String source) {

    /** The largest file {@link #read(Path)} accepts: 2 GiB minus a little, the largest Java array. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 16L;

    /** Copies and validates. */
    public AudioInput {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        if (content.length == 0) {
            throw new IllegalArgumentException("audio content is empty");
        }
        content = content.clone();
    }

    /**
     * Reads and checks an audio file.
     *
     * @param file the file; not null
     * @return the audio
     * @throws org.clinicalnotes.BadInputException CN-1701 missing, CN-1708 unreadable or a folder, CN-1702
     *         empty, CN-1703 not audio, CN-1704 truncated, CN-1710 too large
     * @since 0.1.0
     */
    public static AudioInput read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw SpeechErrors.of(SpeechErrors.UNREADABLE, source, "is a folder, not an audio file");
        }
        if (!Files.exists(file)) {
            throw SpeechErrors.notFound(source);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw SpeechErrors.tooLarge(source, size, MAX_BYTES);
            }
            return of(Files.readAllBytes(file), source);
        } catch (NoSuchFileException e) {
            throw SpeechErrors.notFound(source);
        } catch (IOException e) {
            throw SpeechErrors.unreadable(source, e);
        }
    }

    /**
     * Checks audio bytes: detects the format by content and rejects empty, non-audio and truncated input.
     *
     * @param bytes the content; not null, copied
     * @param source a name for error messages; not null
     * @return the audio
     * @throws org.clinicalnotes.BadInputException CN-1702 empty, CN-1703 not audio, CN-1704 truncated
     * @since 0.1.0
     */
    public static AudioInput of(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        if (bytes.length == 0) {
            throw SpeechErrors.empty(source);
        }
        AudioFormat format = AudioFormat.detect(bytes).orElseThrow(() -> SpeechErrors.notAudio(source));
        checkComplete(bytes, format, source);
        return new AudioInput(bytes, format, source);
    }

    /**
     * Tells whether a file starts like audio (by content), without reading all of it or validating it.
     *
     * @param file the file; not null
     * @return true when the first bytes are a recognised audio container; false when not, or unreadable
     * @since 0.1.0
     */
    public static boolean looksLikeAudio(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            return AudioFormat.detect(in.readNBytes(64)).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** @return a copy of the encoded audio */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** @return the size in bytes */
    public int size() {
        return content.length;
    }

    /**
     * @param newContent a part of this audio, already encoded in the same format
     * @param name a name for the part, for error messages
     * @return audio of the same format
     */
    AudioInput withContent(byte[] newContent, String name) {
        return new AudioInput(newContent, format, name);
    }

    /** Package-private access to the content without a copy. */
    byte[] raw() {
        return content;
    }

    private static void checkComplete(byte[] b, AudioFormat format, String source) {
        switch (format) {
            case WAV -> WavAudio.parse(b, source);
            case MP3 -> {
                int start = 0;
                if (AudioFormat.startsWith(b, 0, "ID3")) {
                    int size = ((b[6] & 0x7F) << 21) | ((b[7] & 0x7F) << 14) | ((b[8] & 0x7F) << 7) | (b[9] & 0x7F);
                    start = 10 + size + ((b[5] & 0x10) != 0 ? 10 : 0);
                    if (start >= b.length) {
                        throw SpeechErrors.truncated(source, format, "the ID3 tag runs past the end of the file");
                    }
                }
                boolean frame = false;
                for (int i = start; i < Math.min(b.length - 4, start + 64 * 1024) && !frame; i++) {
                    frame = AudioFormat.isMpegAudioFrame(b, i);
                }
                if (!frame) {
                    throw SpeechErrors.truncated(source, format, "no MPEG audio frame found");
                }
            }
            case M4A -> {
                long box = ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16) | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL);
                if (box < 8 || box >= b.length) {
                    throw SpeechErrors.truncated(source, format, "nothing follows the ftyp box");
                }
            }
            case FLAC -> {
                if (b.length < 42) {
                    throw SpeechErrors.truncated(source, format, "the STREAMINFO block is incomplete");
                }
            }
            case OGG -> {
                if (b.length < 28) {
                    throw SpeechErrors.truncated(source, format, "the first page header is incomplete");
                }
            }
            case WEBM -> {
                if (b.length < 32) {
                    throw SpeechErrors.truncated(source, format, "the EBML header is incomplete");
                }
            }
            default -> throw new IllegalStateException(format.name());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioInput a && a.format == format && a.source.equals(source)
                && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, source, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "AudioInput[format=" + format + ", bytes=" + content.length + "]";
    }
}
