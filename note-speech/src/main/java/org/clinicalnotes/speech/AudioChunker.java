package org.clinicalnotes.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits audio over an upload limit into parts under it.
 *
 * <p>WAV with integer PCM samples is cut at the quietest 20 ms window (lowest RMS energy) in the second half of
 * each part, so cuts fall in pauses between words where the recording has them; the parts do not overlap, so no
 * word is transcribed twice. Compressed formats (MP3, M4A, FLAC, OGG, WebM) are not cut: a byte-range cut of
 * them is not valid audio and decoding needs a codec this library does not ship, so they are rejected with
 * CN-1705 (convert to WAV or raise the limit). Thread-safe (stateless).
 */
final class AudioChunker {

    /** Room kept below the limit for the multipart envelope around the file. */
    static final int ENVELOPE_BYTES = 4096;
    private static final double WINDOW_SECONDS = 0.02;

    private AudioChunker() {
    }

    /**
     * A part of the audio and where it starts in the whole recording.
     *
     * @param audio the part, a complete file
     * @param offset where it starts
     * @param length how long it is, when known
     */
    record Chunk(AudioInput audio, Duration offset, Duration length) {
    }

    static List<Chunk> split(AudioInput audio, long limitBytes) {
        if (audio.size() <= limitBytes) {
            return List.of(new Chunk(audio, Duration.ZERO, null));
        }
        if (audio.format() != AudioFormat.WAV) {
            throw SpeechErrors.cannotSplit(audio.source(), audio.format(), audio.size(), limitBytes);
        }
        byte[] b = audio.raw();
        WavAudio wav = WavAudio.parse(b, audio.source());
        if (!wav.splittable()) {
            throw SpeechErrors.wavEncoding(audio.source(), wav.formatCode() == 3 ? "floating-point samples"
                    : "format code " + wav.formatCode() + " with " + wav.bitsPerSample() + "-bit samples");
        }
        long maxFrames = (limitBytes - WavAudio.HEADER_BYTES - ENVELOPE_BYTES) / wav.blockAlign();
        int window = Math.max(1, (int) Math.round(wav.sampleRate() * WINDOW_SECONDS));
        if (maxFrames < 4L * window) {
            throw SpeechErrors.of(SpeechErrors.CANNOT_SPLIT, audio.source(), "the upload limit of " + limitBytes
                    + " bytes is too small to split this WAV into parts; raise the limit");
        }
        long total = wav.frames();
        List<Chunk> chunks = new ArrayList<>();
        long start = 0;
        int n = 1;
        while (start < total) {
            long end = total - start <= maxFrames ? total : quietestCut(b, wav, start, start + maxFrames, window);
            byte[] part = wav.slice(b, start, end);
            chunks.add(new Chunk(audio.withContent(part, audio.source() + "#part" + n++),
                    seconds(start, wav.sampleRate()), seconds(end - start, wav.sampleRate())));
            start = end;
        }
        return List.copyOf(chunks);
    }

    /** The frame at the centre of the window with the least energy in [start + half, hardEnd). */
    static long quietestCut(byte[] b, WavAudio wav, long start, long hardEnd, int window) {
        long from = start + (hardEnd - start) / 2;
        long best = hardEnd - window;
        double bestEnergy = Double.MAX_VALUE;
        for (long w = from; w + window <= hardEnd; w += window) {
            double sum = 0;
            for (long f = w; f < w + window; f++) {
                double v = wav.level(b, f);
                sum += v * v;
            }
            double rms = Math.sqrt(sum / window);
            if (rms < bestEnergy) {
                bestEnergy = rms;
                best = w;
            }
        }
        return best + window / 2;
    }

    private static Duration seconds(long frames, int rate) {
        return Duration.ofNanos(Math.round(frames * 1_000_000_000.0 / rate));
    }
}
