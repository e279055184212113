package org.clinicalnotes.eval.annomi;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** AnnoMI-simple.csv as sessions of rows, in utterance order. */
final class AnnomiData {

    /** One utterance row. {@code behaviour} and {@code talk} are null where AnnoMI has n/a. */
    record Row(int utteranceId, boolean therapist, String text, String behaviour, String talk) {
    }

    /** One transcript. */
    record Session(int id, boolean highQuality, List<Row> rows) {
        boolean test() {
            return id % 5 == 0;
        }

        /** The session as {@code Therapist: …} / {@code Client: …} lines, one row per line. */
        String asText() {
            StringBuilder sb = new StringBuilder();
            for (Row r : rows) {
                sb.append(r.therapist() ? "Therapist: " : "Client: ")
                        .append(r.text().replaceAll("\\s+", " ").strip()).append('\n');
            }
            return sb.toString();
        }
    }

    private AnnomiData() {
    }

    static Path defaultCsv() {
        for (Path p : List.of(Path.of("../shared/data/annomi/AnnoMI-simple.csv"),
                Path.of("../../shared/data/annomi/AnnoMI-simple.csv"), Path.of("/work/shared/data/annomi/AnnoMI-simple.csv"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("AnnoMI-simple.csv not found under ../shared/data/annomi");
    }

    static List<Session> read(Path csv) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        Map<Integer, List<Row>> rows = new TreeMap<>();
        Map<Integer, Boolean> quality = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            while (it.hasNext()) {
                Map<String, String> m = it.next();
                int tid = Integer.parseInt(m.get("transcript_id").strip());
                boolean therapist = m.get("interlocutor").strip().equals("therapist");
                String text = m.get("utterance_text");
                if (text == null || text.isBlank()) {
                    text = "(inaudible)";
                }
                rows.computeIfAbsent(tid, k -> new ArrayList<>()).add(new Row(
                        Integer.parseInt(m.get("utterance_id").strip()), therapist, text,
                        label(m.get("main_therapist_behaviour")), label(m.get("client_talk_type"))));
                quality.put(tid, m.get("mi_quality").strip().equals("high"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        List<Session> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Row>> e : rows.entrySet()) {
            List<Row> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingInt(Row::utteranceId));
            out.add(new Session(e.getKey(), quality.get(e.getKey()), List.copyOf(list)));
        }
        return out;
    }

    private static String label(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.strip()) {
            case "reflection" -> "REFLECTION";
            case "question" -> "QUESTION";
            case "therapist_input" -> "INPUT";
            case "other" -> "OTHER";
            case "change" -> "CHANGE";
            case "sustain" -> "SUSTAIN";
            case "neutral" -> "NEUTRAL";
            default -> null;
        };
    }
}
