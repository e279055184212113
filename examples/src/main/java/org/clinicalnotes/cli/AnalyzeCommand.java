package org.clinicalnotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinicalnotes.analysis.AnalysisHtml;
import org.clinicalnotes.analysis.AnalysisJson;
import org.clinicalnotes.analysis.AnalysisMarkdown;
import org.clinicalnotes.analysis.SessionAnalysis;
import org.clinicalnotes.analysis.SessionAnalyzer;
import org.clinicalnotes.speech.AudioInput;
import org.clinicalnotes.speech.TranscribedAudio;
import org.clinicalnotes.speech.TranscriptWriter;
import org.clinicalnotes.transcript.Transcript;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze INPUT}: session analytics as analysis.json, analysis.md and analysis.html. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses a session: talk per speaker, clinician behaviour and client talk type per utterance, "
                + "emotional intensity and moments, language markers and interventions.",
            "Writes DIR/analysis.json, DIR/analysis.md and DIR/analysis.html (self-contained). Nothing is overwritten "
                + "without --force. Offline: nothing leaves the machine."})
final class AnalyzeCommand implements Callable<Integer> {

    /** The files analyze writes, also written by generate --analyze. */
    static final List<String> FILES = List.of("analysis.json", "analysis.md", "analysis.html");

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Transcript: tagged lines ([doctor] ...), 'Speaker: text' lines, WebVTT or JSON; "
                    + "or audio (WAV, MP3, M4A, FLAC, OGG, WebM), transcribed with --speech.")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    TranscriptInputOptions reading;

    @Option(names = "--force", description = "Replace existing analysis files.")
    boolean force;

    // ---- speech input: INPUT may be audio (detected by content), as for generate ----
    @Option(names = "--speech", paramLabel = "SERVICE", defaultValue = "openai",
            description = "For audio INPUT: openai, openai-compatible (needs --speech-base-url) or deepgram "
                    + "(default: ${DEFAULT-VALUE}). The transcript is saved as DIR/transcript.txt.")
    String speech;

    @Option(names = "--speech-base-url", paramLabel = "URL", description = "For audio INPUT: the speech service URL.")
    String speechBaseUrl;

    @Option(names = "--speech-model", paramLabel = "NAME", description = "For audio INPUT: the speech model.")
    String speechModel;

    @Option(names = "--speakers", paramLabel = "MAP", description = "For audio INPUT: fix speaker roles, e.g. "
            + "\"0=clinician,1=patient\".")
    String speakers;

    @Option(names = "--speech-retries", paramLabel = "N", defaultValue = "3", hidden = true)
    int speechRetries;
    // ---- end speech input ----

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        reading.checkLimit(spec.commandLine());
        OutputFiles files = new OutputFiles(out, force);
        files.checkNotExisting(FILES);
        boolean audio = AudioInput.looksLikeAudio(input);
        Transcript transcript;
        if (audio) {
            files.checkNotExisting(List.of("transcript.txt"));
            TranscribedAudio heard = TranscribeCommand.options(speech, speechBaseUrl, speechModel, null, false,
                    speakers, 0, speechRetries).transcribe(AudioInput.read(input), spec.commandLine());
            SpeechOptions.summary(stdout, heard);
            transcript = heard.transcript();
            files.add("transcript.txt", TranscriptWriter.text(transcript));
        } else {
            transcript = reading.reader(spec.commandLine()).read(input);
        }
        SessionAnalysis analysis = SessionAnalyzer.create().analyze(transcript);
        add(files, analysis, transcript);
        List<Path> written = files.commit();
        stdout.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
        if (audio) {
            stdout.println("Transcribed audio: check the speakers in transcript.txt; the analysis follows them.");
        }
        summary(stdout, analysis);
        return 0;
    }

    static void add(OutputFiles files, SessionAnalysis analysis, Transcript transcript) {
        files.add("analysis.json", AnalysisJson.write(analysis))
                .add("analysis.md", AnalysisMarkdown.render(analysis, transcript))
                .add("analysis.html", AnalysisHtml.render(analysis, transcript));
    }

    /** Figures and ids only, never words. */
    static void summary(PrintWriter out, SessionAnalysis a) {
        for (SessionAnalysis.SpeakerTalk s : a.speakers()) {
            out.printf(Locale.ROOT, "  %-9s %4d turns %6d words %4.0f %%%s%n", s.role().name().toLowerCase(Locale.ROOT),
                    s.turns(), s.words(), s.wordShare() * 100,
                    s.wordsPerMinute() == null ? "" : String.format(Locale.ROOT, " %4.0f words/min", s.wordsPerMinute()));
        }
        out.printf(Locale.ROOT, "Reflection-to-question %.2f (MITI %s)%s; %d moment%s%n",
                a.summary().reflectionToQuestion(),
                a.summary().reflectionToQuestionBand().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                a.summary().changeTalkShare() == null ? ""
                        : String.format(Locale.ROOT, ", change talk %.0f %%", a.summary().changeTalkShare() * 100),
                a.moments().size(), a.moments().size() == 1 ? "" : "s");
        for (SessionAnalysis.Moment m : a.moments()) {
            out.printf(Locale.ROOT, "  %s (%.2f): %s%n", m.label().text(), m.intensity(),
                    String.join(",", m.utteranceIds()));
        }
    }
}
