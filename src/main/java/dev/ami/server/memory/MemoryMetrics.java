package dev.ami.server.memory;

import dev.ami.memory.embedding.VectorBackfill;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * How far the background embedder is behind, on {@code /q/metrics}: {@code ami_memory_embedding_backlog}
 * (stored items still without a vector, found by their words only until it arrives) and
 * {@code ami_memory_embedding_embedded_total} (vectors stored since start; its rate is the
 * embedder's throughput). A growing backlog under load means turns are accepted faster than they
 * can be embedded.
 */
@Singleton
public class MemoryMetrics implements MeterBinder {

    private final VectorBackfill backfill;

    public MemoryMetrics(VectorBackfill backfill) {
        this.backfill = backfill;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ami.memory.embedding.backlog", backfill, VectorBackfill::backlog)
                .description("Stored memory items whose vector has not been computed yet")
                .register(registry);
        FunctionCounter.builder("ami.memory.embedding.embedded", backfill, VectorBackfill::embeddedTotal)
                .description("Memory item vectors computed and stored since start")
                .register(registry);
    }
}
