package dev.ami.worldmodel.core;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * Keeps the native memory libtorch frees in the process instead of handing it back to the kernel.
 * libtorch's CPU allocator is glibc's {@code malloc}, which serves blocks above its mmap threshold
 * (at most 32 MB however it adapts) with {@code mmap} and returns them with {@code munmap}, and trims
 * the top of its heap; the next use then faults every page in again, zeroed by the kernel. On glibc,
 * {@link #retain()} sets {@code M_MMAP_MAX} to 0 (large blocks come from the heap and are reused) and
 * {@code M_TRIM_THRESHOLD} to its largest value (freed memory stays mapped); the process then keeps
 * its peak native footprint until it exits. Elsewhere (another C library, another OS) it does nothing;
 * {@code -Dami.native-heap.retain=false} turns it off.
 *
 * <p>Measured on the 2-core dev machine (2026-12-05; worldmodel/docs/physics.md, "Scoring without page
 * faults, and why training keeps them"): scoring a 32-frame video took a median of 25–30 ms retained
 * against 29–66 ms with glibc's defaults (it varied from run to run), and the development-pair
 * evaluation 24 s against 53 s, with identical results. Physics training retains too since 2026-12-05
 * (late; physics.md, "Training with the memory retained"): a JEPA step of the shipped recipe took 279 ms
 * against 849 ms with the defaults, alone on the machine that day. Training had kept the defaults
 * for a while because two training processes side by side started some runs of one seed
 * differently when retained; later runs with the defaults differed as well (one collapsed), and no
 * step was found reading memory it had not written (native memory filled with NaN or extreme values
 * before a step changed no gradient), so the setting is not the cause of that; the cause is not found.
 */
public final class NativeHeap {

    /** The system property that turns it off ({@code false}). */
    public static final String PROPERTY = "ami.native-heap.retain";

    /** glibc's {@code mallopt} parameters (malloc.h). */
    static final int M_TRIM_THRESHOLD = -1;
    static final int M_MMAP_MAX = -4;

    private static Boolean retained;

    private NativeHeap() {
    }

    /** glibc's {@code mallopt}, the one function used. */
    private interface CLibrary extends Library {
        int mallopt(int param, int value);
    }

    /** glibc's {@code mallopt}: 1 when it accepted the setting. */
    static int mallopt(int param, int value) {
        return Native.load(Platform.C_LIBRARY_NAME, CLibrary.class).mallopt(param, value);
    }

    /**
     * Applies the settings once per process; true when glibc accepted both (also on later calls),
     * false when turned off or when the C library is not glibc.
     */
    public static synchronized boolean retain() {
        if (retained == null) {
            retained = apply();
        }
        return retained;
    }

    private static boolean apply() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) || !Platform.isLinux()) {
            return false;
        }
        try {
            NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("gnu_get_libc_version"); // glibc only
            return mallopt(M_MMAP_MAX, 0) == 1 & mallopt(M_TRIM_THRESHOLD, Integer.MAX_VALUE) == 1;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) { // musl, no JNA native part: glibc's defaults stay
            return false;
        }
    }
}
