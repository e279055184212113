package org.clinicalnotes.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExemplarVectorsTest {

    @Test
    void shipped_vectors_are_the_encoders_own_output_for_the_shipped_bank() {
        List<String> texts = ExemplarVectors.texts(ExemplarBank.load());
        float[][] shipped = ExemplarVectors.read(texts);
        assertThat(shipped).as("the build writes " + ExemplarVectors.RESOURCE).isNotNull();
        assertThat(shipped.length).isEqualTo(texts.size());
        List<String> sample = List.of(texts.get(0), texts.get(texts.size() / 2), texts.get(texts.size() - 1));
        float[][] fresh = SentenceEncoder.load().embed(sample);
        assertThat(fresh[0]).containsExactly(shipped[0]);
        assertThat(fresh[1]).containsExactly(shipped[texts.size() / 2]);
        assertThat(fresh[2]).containsExactly(shipped[texts.size() - 1]);
    }

    @Test
    void vectors_of_another_bank_are_not_used() throws IOException {
        float[][] v = new float[2][SentenceEncoder.DIMENSION];
        v[0][0] = 1f;
        v[1][1] = 1f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExemplarVectors.write(out, List.of("a", "b"), v);
        byte[] bytes = out.toByteArray();
        assertThat(ExemplarVectors.read(new ByteArrayInputStream(bytes), List.of("a", "b"))).isDeepEqualTo(v);
        assertThat(ExemplarVectors.read(new ByteArrayInputStream(bytes), List.of("a", "c"))).isNull();
        assertThat(ExemplarVectors.read(new ByteArrayInputStream(bytes), List.of("a"))).isNull();
        assertThat(ExemplarVectors.read(List.of("not", "the", "bank"))).isNull();
    }
}
