package org.clinicalnotes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.deid.DeidentifiedTranscript;
import org.clinicalnotes.deid.PhiSpan;
import org.clinicalnotes.deid.SafeHarborDeidentifier;
import org.clinicalnotes.deid.internal.SourceOffsets;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deid INPUT [--json]}: the transcript with every Safe Harbor identifier replaced by a surrogate. */
@Command(name = "deid", mixinStandardHelpOptions = true,
        description = {"Prints the transcript with names, places, dates, numbers and other HIPAA Safe Harbor "
                + "identifiers replaced by realistic surrogates, in the input's own format.",
            "--json prints {\"text\", \"spans\": [{\"start\", \"end\", \"category\", \"surrogate\"}]}, with start and end "
                + "as character (UTF-16) offsets into the input file's text (after a byte order mark)."})
final class DeidCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "Transcript: tagged lines ([doctor] ...), 'Speaker: text' lines, WebVTT or JSON.")
    Path input;

    @Option(names = "--json", description = "Print JSON with the spans instead of the text.")
    boolean json;

    @CommandLine.Mixin
    TranscriptInputOptions reading;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for reproducible surrogates and date shift (default: random per run).")
    Long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        reading.checkLimit(spec.commandLine());
        TranscriptReader reader = reading.reader(spec.commandLine());
        Transcript transcript = reader.read(input);          // every bad-input rule applies here
        String source;
        try {
            source = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("CN-1003", input.toString(), 0, "cannot be read", e.getMessage(), e);
        }
        if (!source.isEmpty() && source.charAt(0) == '\uFEFF') {
            source = source.substring(1);
        }
        SafeHarborDeidentifier.Builder b = SafeHarborDeidentifier.builder();
        if (seed != null) {
            b.seed(seed);
        }
        SafeHarborDeidentifier deid = b.build();
        DeidentifiedTranscript d = deid.deidentify(transcript);
        List<PhiSpan> spans;
        try {
            spans = SourceOffsets.toSource(source, transcript, d);
        } catch (IllegalStateException e) {
            throw new BadInputException("CN-1601", input.toString(), 0,
                    "cannot map the transcript back to the file text", "Convert the file to tagged lines "
                    + "([doctor] ...) and run deid again.", null);
        }
        String text = SourceOffsets.replace(source, spans);
        if (!json) {
            stdout.print(text);
            if (!text.endsWith("\n")) {
                stdout.println();
            }
            return 0;
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("text", text);
        ArrayNode arr = root.putArray("spans");
        for (PhiSpan s : spans) {
            arr.addObject().put("start", s.start()).put("end", s.end()).put("category", s.category().name())
                    .put("surrogate", s.surrogate());
        }
        stdout.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return 0;
    }
}
