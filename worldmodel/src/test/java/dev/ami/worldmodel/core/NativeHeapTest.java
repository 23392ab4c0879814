package dev.ami.worldmodel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NativeHeapTest {

    static {
        EngineThreads.configure(1);
    }

    /** 48 MB of floats: above glibc's largest mmap threshold (32 MB), like a training batch's stacked windows. */
    private static final long FLOATS = 12_000_000;
    private static final Path STAT = Path.of("/proc/self/stat");

    /** Minor page faults of this process so far (field 10 of /proc/self/stat). */
    private static long minorFaults() throws IOException {
        String stat = Files.readString(STAT);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // after the command name
        return Long.parseLong(fields[7]);
    }

    /** Page faults while a 48 MB tensor is allocated, written (zeros writes every page) and freed 20 times. */
    private static long faultsOfTwentyTensors(NDManager m) throws IOException {
        m.zeros(new Shape(FLOATS)).close();
        long before = minorFaults();
        for (int i = 0; i < 20; i++) {
            try (NDArray a = m.zeros(new Shape(FLOATS))) {
                assertThat(a.getShape().size()).isEqualTo(FLOATS);
            }
        }
        return minorFaults() - before;
    }

    @Test
    void a_freed_tensor_is_allocated_again_with_far_fewer_page_faults_than_under_glibcs_defaults() throws IOException {
        assumeTrue(Files.isReadable(STAT), "needs Linux's /proc");
        assertThat(NativeHeap.retain()).as("glibc accepted both mallopt settings").isTrue();
        try (NDManager m = NDManager.newBaseManager()) {
            long retained = faultsOfTwentyTensors(m);
            // glibc's defaults (malloc.h): up to 65,536 mmapped blocks, trim above 128 KB
            assertThat(NativeHeap.mallopt(NativeHeap.M_MMAP_MAX, 65_536) & NativeHeap.mallopt(NativeHeap.M_TRIM_THRESHOLD, 128 * 1024)).isEqualTo(1);
            // retain() is process-wide; left so, the tests after this one in the JVM run with glibc's defaults
            long defaults = faultsOfTwentyTensors(m);
            // measured on the dev machine: every page of every tensor under the defaults (234,000),
            // 82,000-105,000 retained (not every fault goes away; measured, not explained)
            assertThat(defaults).isGreaterThan(15 * FLOATS * Float.BYTES / 4096);
            assertThat(retained).isLessThan(defaults * 6 / 10);
        }
    }

    @Test
    void retain_is_idempotent() {
        boolean first = NativeHeap.retain();
        assertThat(NativeHeap.retain()).isEqualTo(first);
    }
}
