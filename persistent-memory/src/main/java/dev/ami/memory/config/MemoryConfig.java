package dev.ami.memory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of per-user memory ({@code ami.memory.*}). */
@ConfigMapping(prefix = "ami.memory")
public interface MemoryConfig {

    Embeddings embeddings();

    Recall recall();

    /** Embeddings: an OpenAI-compatible endpoint when {@code base-url} is set, else in-process all-MiniLM-L6-v2. */
    interface Embeddings {

        /** Base URL of an OpenAI-compatible {@code /embeddings} endpoint (e.g. {@code http://vllm:8000/v1}). */
        Optional<String> baseUrl();

        /** API key for that endpoint, if it needs one. */
        Optional<String> apiKey();

        /** Model name sent to that endpoint. */
        @WithDefault("text-embedding-3-small")
        String model();

        /** Timeout of one call to that endpoint. */
        @WithDefault("30s")
        Duration timeout();

        /** Most embedding calls running at once (each holds a worker thread). */
        @WithDefault("2")
        int concurrency();

        /** Most texts the background embedder sends to the model in one call. */
        @WithDefault("32")
        int batchSize();

        /**
         * Most stored items waiting in memory for their vector. Beyond it they wait in the database
         * only, and the embedder finds them with a sweep when it has caught up.
         */
        @WithDefault("10000")
        int queueCapacity();

        /** Pause of the background embedder after a failed call (endpoint or database) before it tries again. */
        @WithDefault("5s")
        Duration retryDelay();
    }

    /** Retrieval. */
    interface Recall {

        /**
         * Items whose relevance (meaning and lexical overlap, without recency) is below this are not
         * returned: when none reaches it, the memory does not know. Calibrated by the benchmark in
         * {@code persistent-memory/README.md} for all-MiniLM-L6-v2; recalibrate for another model.
         */
        @WithDefault("0.12")
        double minRelevance();

        /** Share of lexical overlap (vs. meaning) in relevance, 0..1, for queries in English or no known language. */
        @WithDefault("0.5")
        double lexicalWeight();

        /**
         * Share of lexical overlap in relevance, 0..1, for queries in the other built-in languages
         * (Spanish, German, French, Japanese, Chinese) and other scripts: higher than
         * {@code lexical-weight} because all-MiniLM-L6-v2 is English-centric. Calibrated with
         * {@code min-relevance}; with a multilingual model, set it to {@code lexical-weight}.
         */
        @WithDefault("0.8")
        double foreignLexicalWeight();

        /** Age at which an item's recency bonus has halved. */
        @WithDefault("30d")
        Duration recencyHalfLife();

        /** Weight of the recency bonus (0..1) in the ranking score. */
        @WithDefault("0.08")
        double recencyWeight();

        /** How many users' vectors the in-process cache keeps. */
        @WithDefault("512")
        int cachedUsers();
    }
}
