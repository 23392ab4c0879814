package dev.ami.server.memory;

import dev.ami.memory.item.MemoryKind;
import dev.ami.memory.write.MemoryCandidate;
import dev.ami.memory.write.MemoryOperation;
import dev.ami.memory.write.MemoryWriter;
import dev.ami.memory.write.WriteRequest;
import dev.ami.memory.write.WriteResult;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.VertxContextSupport;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Writes memories the way the chat will, from a test thread (on a Vert.x context, awaited). */
final class Memories {

    private Memories() {
    }

    static WriteResult remember(String userId, String turnId, MemoryCandidate... candidates) {
        MemoryWriter writer = Arc.container().instance(MemoryWriter.class).get();
        return await(() -> writer.remember(UUID.fromString(userId), turnId, List.of(candidates)));
    }

    static WriteResult apply(String userId, String turnId, MemoryOperation... operations) {
        MemoryWriter writer = Arc.container().instance(MemoryWriter.class).get();
        return await(() -> writer.apply(new WriteRequest(UUID.fromString(userId), turnId, List.of(operations),
                OffsetDateTime.now(ZoneOffset.UTC))));
    }

    static MemoryCandidate fact(String key, String text) {
        return new MemoryCandidate(MemoryKind.FACT, key, text, "en", 0.5f, null);
    }

    static MemoryCandidate said(String language, String text) {
        return new MemoryCandidate(MemoryKind.FACT, null, text, language, 0.5f, null);
    }

    static String turn() {
        return "turn-" + UUID.randomUUID();
    }

    static <T> T await(java.util.function.Supplier<io.smallrye.mutiny.Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new AssertionError("memory call failed: " + e, e);
        }
    }
}
