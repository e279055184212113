package org.clinicalnotes.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The parts of a RIFF/WAVE file that splitting needs: the fmt chunk and where the samples are.
 *
 * @param formatCode 1 for PCM, 3 for IEEE float, 0xFFFE extensible (its sub-format is resolved into this code)
 * @param channels channel count
 * @param sampleRate frames per second
 * @param bitsPerSample bits per sample
 * @param blockAlign bytes per frame (all channels)
 * @param dataOffset where the samples start
 * @param dataLength bytes of samples present (a whole number of frames)
 */
record WavAudio(int formatCode, int channels, int sampleRate, int bitsPerSample, int blockAlign, int dataOffset,
                int dataLength) {

    static final int HEADER_BYTES = 44;

    static WavAudio parse(byte[] b, String source) {
        if (b.length < HEADER_BYTES) {
            throw SpeechErrors.truncated(source, AudioFormat.WAV, "shorter than a WAV header");
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        int formatCode = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int align = 0;
        while (pos + 8 <= b.length) {
            String id = new String(b, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = buf.getInt(pos + 4) & 0xFFFFFFFFL;
            int body = pos + 8;
            if (id.equals("fmt ")) {
                if (size < 16 || body + 16 > b.length) {
                    throw SpeechErrors.truncated(source, AudioFormat.WAV, "the fmt chunk is incomplete");
                }
                formatCode = buf.getShort(body) & 0xFFFF;
                channels = buf.getShort(body + 2) & 0xFFFF;
                rate = buf.getInt(body + 4);
                align = buf.getShort(body + 12) & 0xFFFF;
                bits = buf.getShort(body + 14) & 0xFFFF;
                if (formatCode == 0xFFFE && size >= 40 && body + 26 <= b.length) {
                    formatCode = buf.getShort(body + 24) & 0xFFFF;
                }
            } else if (id.equals("data")) {
                if (formatCode < 0) {
                    throw SpeechErrors.truncated(source, AudioFormat.WAV, "the data chunk comes before any fmt chunk");
                }
                if (channels <= 0 || rate <= 0 || align <= 0) {
                    throw SpeechErrors.truncated(source, AudioFormat.WAV, "the fmt chunk has zero channels, rate or "
                            + "frame size");
                }
                long available = b.length - body;
                // Streaming writers leave the size at 0 or 0xFFFFFFFF: take what is there.
                long len = size == 0 || size > available ? available : size;
                len -= len % align;
                if (len <= 0) {
                    throw SpeechErrors.truncated(source, AudioFormat.WAV, "the data chunk holds no samples");
                }
                return new WavAudio(formatCode, channels, rate, bits, align, body, (int) len);
            }
            pos = body + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - body);
        }
        throw SpeechErrors.truncated(source, AudioFormat.WAV, formatCode < 0 ? "no fmt chunk" : "no data chunk");
    }

    /** @return frames (samples per channel) present */
    long frames() {
        return dataLength / blockAlign;
    }

    /** @return whether the samples are integer PCM that {@link AudioChunker} can measure and split */
    boolean splittable() {
        return formatCode == 1 && (bitsPerSample == 8 || bitsPerSample == 16 || bitsPerSample == 24
                || bitsPerSample == 32) && blockAlign == channels * (bitsPerSample / 8);
    }

    /** The sample value of one frame, all channels averaged, in [-1, 1]. */
    double level(byte[] b, long frame) {
        int base = dataOffset + (int) (frame * blockAlign);
        int bytes = bitsPerSample / 8;
        double sum = 0;
        for (int c = 0; c < channels; c++) {
            int i = base + c * bytes;
            double v = switch (bytes) {
                case 1 -> ((b[i] & 0xFF) - 128) / 128.0;
                case 2 -> (short) ((b[i] & 0xFF) | (b[i + 1] << 8)) / 32768.0;
                case 3 -> (((b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | (b[i + 2] << 16))) / 8388608.0;
                default -> ((b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) | ((b[i + 2] & 0xFF) << 16) | (b[i + 3] << 24))
                        / 2147483648.0;
            };
            sum += v;
        }
        return sum / channels;
    }

    /** A canonical 44-byte-header PCM WAV holding frames [from, to). */
    byte[] slice(byte[] b, long from, long to) {
        int len = (int) ((to - from) * blockAlign);
        byte[] out = new byte[HEADER_BYTES + len];
        ByteBuffer o = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        o.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + len)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) formatCode).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) bitsPerSample)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(len);
        System.arraycopy(b, dataOffset + (int) (from * blockAlign), out, HEADER_BYTES, len);
        return out;
    }

    /**
     * Builds a 16-bit PCM WAV from samples; for tests and callers with raw audio.
     *
     * @param samples mono samples
     * @param sampleRate frames per second
     * @return the WAV bytes
     */
    static byte[] pcm16(short[] samples, int sampleRate) {
        byte[] data = new byte[samples.length * 2];
        ByteBuffer d = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            d.putShort(s);
        }
        WavAudio w = new WavAudio(1, 1, sampleRate, 16, 2, HEADER_BYTES, data.length);
        byte[] whole = new byte[HEADER_BYTES + data.length];
        System.arraycopy(data, 0, whole, HEADER_BYTES, data.length);
        return w.slice(whole, 0, samples.length);
    }
}
