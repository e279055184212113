package org.clinicalnotes.speech;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Audio container formats the SDK recognises by their content (magic bytes), never by a file extension.
 *
 * @since 0.1.0
 */
public enum AudioFormat {
    /** RIFF/WAVE (also RF64). The only format {@link AudioTranscriber} can split. */
    WAV("audio/wav", "wav"),
    /** MPEG audio layer III, with or without a leading ID3v2 tag. */
    MP3("audio/mpeg", "mp3"),
    /** ISO base media (MP4/M4A): an {@code ftyp} box at offset 4. */
    M4A("audio/mp4", "m4a"),
    /** Free Lossless Audio Codec: {@code fLaC}. */
    FLAC("audio/flac", "flac"),
    /** Ogg container (Vorbis or Opus): {@code OggS}. */
    OGG("audio/ogg", "ogg"),
    /** WebM / Matroska (EBML header {@code 1A 45 DF A3}). */
    WEBM("audio/webm", "webm");

    private final String mimeType;
    private final String extension;

    AudioFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** @return the MIME type sent to speech services, such as {@code audio/wav} */
    public String mimeType() {
        return mimeType;
    }

    /** @return the usual file extension without a dot, such as {@code wav}; used to name uploads */
    public String extension() {
        return extension;
    }

    /**
     * Detects the format from the first bytes of a file. Needs at most the first 12 bytes, except for MP3
     * with an ID3v2 tag, where the frame after the tag is looked for when the bytes reach it.
     *
     * @param head the start of the content (the whole content is fine); not null
     * @return the format, or empty when the bytes are not a recognised audio container
     * @throws NullPointerException if {@code head} is null
     * @since 0.1.0
     */
    public static Optional<AudioFormat> detect(byte[] head) {
        Objects.requireNonNull(head, "head");
        if (startsWith(head, 0, "RIFF") || startsWith(head, 0, "RF64")) {
            return head.length >= 12 && startsWith(head, 8, "WAVE") ? Optional.of(WAV) : Optional.empty();
        }
        if (startsWith(head, 0, "fLaC")) {
            return Optional.of(FLAC);
        }
        if (startsWith(head, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return Optional.of(WEBM);
        }
        if (head.length >= 8 && startsWith(head, 4, "ftyp")) {
            return Optional.of(M4A);
        }
        if (startsWith(head, 0, "ID3") && head.length >= 10) {
            return Optional.of(MP3);
        }
        if (isMpegAudioFrame(head, 0)) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    /** MPEG audio frame sync (11 bits set), a valid version, layer III, and a usable bitrate and rate. */
    static boolean isMpegAudioFrame(byte[] b, int i) {
        if (i + 4 > b.length) {
            return false;
        }
        int b0 = b[i] & 0xFF;
        int b1 = b[i + 1] & 0xFF;
        int b2 = b[i + 2] & 0xFF;
        if (b0 != 0xFF || (b1 & 0xE0) != 0xE0) {
            return false;
        }
        int version = (b1 >> 3) & 0x3;
        int layer = (b1 >> 1) & 0x3;
        int bitrate = (b2 >> 4) & 0xF;
        int rate = (b2 >> 2) & 0x3;
        return version != 1 && layer == 1 && bitrate != 0 && bitrate != 0xF && rate != 3;
    }

    static boolean startsWith(byte[] b, int offset, String ascii) {
        byte[] p = ascii.getBytes(StandardCharsets.US_ASCII);
        if (b.length < offset + p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[offset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
