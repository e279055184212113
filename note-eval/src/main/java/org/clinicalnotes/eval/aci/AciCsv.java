package org.clinicalnotes.eval.aci;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads ACI-Bench CSV files (header row, RFC 4180 quoting, multi-line cells) into row maps. */
final class AciCsv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();

    private AciCsv() {
    }

    static List<Map<String, String>> read(Path file) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class).with(schema).readValues(r)) {
            List<Map<String, String>> rows = new ArrayList<>();
            while (it.hasNext()) {
                rows.add(new LinkedHashMap<>(it.next()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Maps encounter_id to the value of {@code column}. */
    static Map<String, String> byEncounter(List<Map<String, String>> rows, String column) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            m.put(row.get("encounter_id"), row.getOrDefault(column, ""));
        }
        return m;
    }
}
