package dev.ami.memory.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingQueueTest {

    private static final UUID USER = UUID.randomUUID();

    @Test
    void items_come_out_oldest_first_in_batches() throws InterruptedException {
        PendingQueue queue = new PendingQueue(10);
        List<PendingVector> items = List.of(item("a"), item("b"), item("c"));
        queue.offer(items);

        assertThat(queue.take(2, 0)).containsExactly(items.get(0), items.get(1));
        assertThat(queue.take(2, 0)).containsExactly(items.get(2));
        assertThat(queue.take(2, 0)).isEmpty();
    }

    @Test
    void an_item_offered_twice_is_queued_once() throws InterruptedException {
        PendingQueue queue = new PendingQueue(10);
        PendingVector a = item("a");
        queue.offer(List.of(a));
        queue.offer(List.of(a));

        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.take(5, 0)).containsExactly(a);
    }

    @Test
    void what_does_not_fit_is_counted_as_overflow_until_a_sweep_begins() {
        PendingQueue queue = new PendingQueue(2);

        int left = queue.offer(List.of(item("a"), item("b"), item("c")));

        assertThat(left).isEqualTo(1);
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.overflow()).isEqualTo(1);
        queue.resetOverflow();
        assertThat(queue.overflow()).isZero();
    }

    @Test
    void dropping_the_queue_counts_its_items_as_waiting_in_the_database() {
        PendingQueue queue = new PendingQueue(5);
        queue.offer(List.of(item("a"), item("b")));

        queue.dropAll();

        assertThat(queue.size()).isZero();
        assertThat(queue.overflow()).isEqualTo(2);
    }

    @Test
    void a_capacity_below_one_is_refused() {
        assertThatThrownBy(() -> new PendingQueue(0)).hasMessageContaining("at least 1, was 0");
    }

    private static PendingVector item(String text) {
        return new PendingVector(UUID.randomUUID(), USER, text);
    }
}
