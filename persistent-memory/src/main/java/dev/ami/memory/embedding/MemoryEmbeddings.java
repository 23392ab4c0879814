package dev.ami.memory.embedding;

import dev.ami.memory.config.MemoryConfig;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Text to unit vectors, never on the event loop: every call runs on a small pool of its own
 * ({@code ami.memory.embeddings.concurrency} threads) and its result is delivered back on the
 * caller's Vert.x context, so a Hibernate Reactive session can continue after it.
 * The model is built once, on first use, on that pool. Thread-safe.
 */
@ApplicationScoped
public class MemoryEmbeddings {

    private static final Logger LOG = Logger.getLogger(MemoryEmbeddings.class);

    private final MemoryConfig.Embeddings config;
    private final ExecutorService pool;
    private volatile EmbeddingModel model;

    public MemoryEmbeddings(MemoryConfig config) {
        this.config = config.embeddings();
        this.pool = Executors.newFixedThreadPool(Math.max(1, this.config.concurrency()), r -> {
            Thread t = new Thread(r, "ami-memory-embed");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Stops the pool and waits (bounded) for a call already inside the ONNX runtime: native code does
     * not see interrupts, and a process that exits while a thread is loading or running the model
     * crashes in the runtime (SIGSEGV seen when a test ended during the model's first load).
     */
    @PreDestroy
    void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Memory embeddings: a call was still running 30 s after shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The id stored beside every vector: vectors of different models are never compared. */
    public String modelId() {
        return config.baseUrl().map(url -> "openai:" + config.model()).orElse("all-minilm-l6-v2");
    }

    public Uni<float[]> embed(String text) {
        return offLoop(() -> embedNow(text));
    }

    public Uni<List<float[]>> embedAll(List<String> texts) {
        return offLoop(() -> embedAllNow(texts));
    }

    /** Runs blocking or CPU-heavy work on this pool; the item arrives on the caller's context. */
    public <T> Uni<T> offLoop(Supplier<T> work) {
        return Uni.createFrom().item(work)
                .runSubscriptionOn(pool)
                .emitOn(callerContext());
    }

    /** Blocking; for the embedding pool, benchmarks and tools. */
    public float[] embedNow(String text) {
        return Vectors.normalized(model().embed(text).content().vector());
    }

    /** Blocking batch form of {@link #embedNow(String)}, in input order. */
    public List<float[]> embedAllNow(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream()
                .map(Embedding::vector)
                .map(Vectors::normalized)
                .toList();
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = build();
                }
                m = model;
            }
        }
        return m;
    }

    private EmbeddingModel build() {
        if (config.baseUrl().isPresent()) {
            LOG.infof("Memory embeddings: model %s at %s", config.model(), config.baseUrl().get());
            return OpenAiEmbeddingModel.builder()
                    .baseUrl(config.baseUrl().get())
                    .apiKey(config.apiKey().orElse("none"))
                    .modelName(config.model())
                    .timeout(config.timeout())
                    .build();
        }
        LOG.info("Memory embeddings: in-process all-MiniLM-L6-v2");
        return new AllMiniLmL6V2EmbeddingModel();
    }

    private static java.util.concurrent.Executor callerContext() {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context == null) {
            return Infrastructure.getDefaultExecutor();
        }
        return command -> context.runOnContext(ignored -> command.run());
    }
}
