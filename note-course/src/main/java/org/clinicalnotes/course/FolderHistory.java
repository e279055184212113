package org.clinicalnotes.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicalnotes.BadInputException;
import org.clinicalnotes.course.CourseSession.Intervention;
import org.clinicalnotes.note.ClinicalNote;
import org.clinicalnotes.note.MeasureScore;
import org.clinicalnotes.note.RiskFlag;
import org.clinicalnotes.render.NoteJson;
import org.clinicalnotes.transcript.Transcript;
import org.clinicalnotes.transcript.TranscriptReader;

/** Reads a client folder: one sub-folder per session, journal files at the top. */
final class FolderHistory {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> NOT_TRANSCRIPTS = Set.of("session.json", "note.json", "analysis.json",
            "alerts.json", "bundle.json", "document-reference.json", "brief.json");
    private static final Set<String> TRANSCRIPT_EXT = Set.of("txt", "vtt", "json");
    /** The largest file read from a client folder (note.json, session.json, analysis.json, a journal), in bytes. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private FolderHistory() {
    }

    static ClientHistory load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("CN-3401", dir == null ? null : dir.getFileName() + "", "not a folder",
                    "Give the client folder: one sub-folder per session, journal files (*.jsonl) at its top.");
        }
        List<Path> sessionDirs;
        List<Path> journals;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.sorted().toList();
            sessionDirs = all.stream().filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList();
            journals = all.stream().filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")).toList();
        } catch (IOException e) {
            throw new BadInputException("CN-3401", dir.getFileName().toString(), 0, "cannot list the folder",
                    "Check the folder's permissions.", e);
        }
        TranscriptReader reader = TranscriptReader.defaults();
        List<CourseSession> sessions = new ArrayList<>();
        for (Path sd : sessionDirs) {
            Path transcriptFile = transcriptFile(sd);
            if (transcriptFile == null) {
                continue; // an output folder or something else: not a session
            }
            Transcript transcript = reader.read(transcriptFile);
            String id = sd.getFileName().toString();
            LocalDate date = date(sd, id);
            List<MeasureScore> measures = List.of();
            List<RiskFlag> risk = List.of();
            Path note = sd.resolve("note.json");
            if (Files.isRegularFile(note)) {
                ClinicalNote n = NoteJson.read(read(note, id), id + "/note.json");
                measures = n.measures();
                risk = n.riskFlags();
            }
            sessions.add(new CourseSession(id, date, transcript, measures, risk, interventions(sd, id)));
        }
        if (sessions.isEmpty()) {
            throw new BadInputException("CN-3402", dir.getFileName().toString(), "no session sub-folder holds a transcript",
                    "Put each session in its own sub-folder (named so that they sort by date) with a transcript such as session.txt.");
        }
        String clientId = dir.toAbsolutePath().normalize().getFileName().toString();
        List<JournalEntry> journal = new ArrayList<>();
        for (Path j : journals) {
            journal.addAll(Journal.parse(read(j, j.getFileName().toString()), j.getFileName().toString(), null));
        }
        return new ClientHistory(clientId, sessions, journal);
    }

    private static Path transcriptFile(Path sessionDir) {
        try (Stream<Path> s = Files.list(sessionDir)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            Path best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                int dot = name.lastIndexOf('.');
                String ext = dot < 0 ? "" : name.substring(dot + 1);
                if (NOT_TRANSCRIPTS.contains(name) || !TRANSCRIPT_EXT.contains(ext)) {
                    continue;
                }
                int rank = name.startsWith("session.") ? 0 : name.startsWith("transcript") ? 1 : "json".equals(ext) ? 3 : 2;
                if (rank < bestRank) {
                    best = f;
                    bestRank = rank;
                }
            }
            return best;
        } catch (IOException e) {
            throw new BadInputException("CN-3403", sessionDir.getFileName().toString(), 0, "cannot list the session folder",
                    "Check the folder's permissions.", e);
        }
    }

    private static LocalDate date(Path sd, String id) {
        Path meta = sd.resolve("session.json");
        if (Files.isRegularFile(meta)) {
            JsonNode n;
            try {
                n = MAPPER.readTree(read(meta, id));
            } catch (IOException e) {
                throw new BadInputException("CN-3404", id + "/session.json", 0, "not valid JSON",
                        "Write {\"date\": \"YYYY-MM-DD\"}.", null);
            }
            JsonNode d = n == null ? null : n.get("date");
            if (d != null && d.isTextual()) {
                try {
                    return LocalDate.parse(d.asText().length() >= 10 ? d.asText().substring(0, 10) : d.asText());
                } catch (DateTimeParseException e) {
                    throw new BadInputException("CN-3404", id + "/session.json", 0, "the date is not YYYY-MM-DD",
                            "Write {\"date\": \"YYYY-MM-DD\"}.", null);
                }
            }
        }
        Matcher m = DATE_IN_NAME.matcher(id);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static List<Intervention> interventions(Path sd, String id) {
        Path a = sd.resolve("analysis.json");
        if (!Files.isRegularFile(a)) {
            return List.of();
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(read(a, id));
        } catch (IOException e) {
            throw new BadInputException("CN-3406", id + "/analysis.json", 0, "not valid JSON",
                    "Regenerate it with the analyze command.", null);
        }
        List<Intervention> out = new ArrayList<>();
        JsonNode list = n == null ? null : n.get("interventions");
        if (list != null && list.isArray()) {
            for (JsonNode i : list) {
                JsonNode kind = i.get("kind");
                if (kind == null || !kind.isTextual()) {
                    continue;
                }
                List<String> ev = new ArrayList<>();
                JsonNode e = i.has("evidence") ? i.get("evidence") : i.get("utteranceIds");
                if (e != null && e.isArray()) {
                    e.forEach(x -> ev.add(x.asText()));
                }
                out.add(new Intervention(kind.asText(), ev));
            }
        }
        return out;
    }

    private static String read(Path p, String source) {
        try {
            if (Files.size(p) > MAX_FILE_BYTES) {
                throw new BadInputException("CN-3305", source + "/" + p.getFileName(), 0, "the file is larger than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB", "Check that it is the file meant; split a journal.",
                        null);
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("CN-3403", source + "/" + p.getFileName(), 0, "cannot read the file",
                    "Check that it exists, is readable and is UTF-8.", e);
        }
    }
}
