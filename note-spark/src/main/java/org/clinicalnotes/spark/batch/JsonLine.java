package org.clinicalnotes.spark.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One output row as one JSON line: {@code {id, status, error?, note?, riskFlags?, measures?, deidentified?,
 * analysis?}} with {@code note} and {@code analysis} as objects (not strings).
 */
final class JsonLine implements MapFunction<Row, String> {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String call(Row row) {
        ObjectNode o = MAPPER.createObjectNode();
        StructType schema = row.schema();
        for (StructField f : schema.fields()) {
            Object v = row.get(schema.fieldIndex(f.name()));
            if (v == null) {
                continue;
            }
            if (f.name().equals("note") || f.name().equals("analysis")) {
                try {
                    o.set(f.name(), MAPPER.readTree((String) v));
                } catch (IOException e) {
                    throw new UncheckedIOException("stage output is not JSON", e);
                }
            } else {
                o.set(f.name(), node(v, f.dataType()));
            }
        }
        try {
            return MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode node(Object v, DataType t) {
        if (v == null) {
            return MAPPER.nullNode();
        }
        if (t instanceof StructType s) {
            Row r = (Row) v;
            ObjectNode o = MAPPER.createObjectNode();
            for (StructField f : s.fields()) {
                Object x = r.get(s.fieldIndex(f.name()));
                if (x != null) {
                    o.set(f.name(), node(x, f.dataType()));
                }
            }
            return o;
        }
        if (t instanceof ArrayType a) {
            ArrayNode arr = MAPPER.createArrayNode();
            List<Object> list = scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<Object>) v);
            for (Object x : list) {
                arr.add(node(x, a.elementType()));
            }
            return arr;
        }
        return MAPPER.valueToTree(v);
    }
}
