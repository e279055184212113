package org.clinicalnotes.risk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.clinicalnotes.transcript.Speaker;
import org.clinicalnotes.transcript.SpeakerRole;
import org.clinicalnotes.transcript.Transcript;

/** Reads the gold-set JSON lines; a dialog is "C: … | P: … | O: …" (clinician, patient, other person). */
public final class Gold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Gold() {
    }

    public static List<JsonNode> load(String resource) {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = Gold.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Transcript dialog(String id, String dialog) {
        List<Transcript.Turn> turns = new ArrayList<>();
        for (String part : dialog.split("\\s\\|\\s")) {
            String p = part.strip();
            Speaker speaker = switch (p.charAt(0)) {
                case 'C' -> Speaker.CLINICIAN;
                case 'P' -> Speaker.PATIENT;
                case 'O' -> Speaker.of(SpeakerRole.OTHER, "relative");
                default -> throw new IllegalArgumentException(id + ": bad speaker in " + p);
            };
            turns.add(new Transcript.Turn(speaker, p.substring(2).strip()));
        }
        return Transcript.ofTurns(id, turns);
    }
}
