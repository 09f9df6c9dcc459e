package org.massode.nd;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a fused element-wise kernel over an index range [0, length) on every core: ND4J's gemms use every core, so a
 * single-threaded pass between them would leave the others idle.
 *
 * <p>The range is cut into a few chunks per core, which the caller and helpers from the common fork-join pool take
 * in turn from a shared counter. Chunks rather than one fixed block per thread, because a helper is often late:
 * OpenBLAS's worker keeps spinning on the other core for a while after each gemm, and a JFR profile of {@code bench
 * wc-step} found the caller running three times as many kernel samples as the helper. With fixed halves the caller
 * then waited for the late helper's whole half; with chunks it takes the rest itself and waits for at most one chunk.
 * Short ranges (where the hand-off would cost more than it saves) run on the caller alone. The result is the sum of
 * the chunks' results in chunk order, so it does not depend on which thread ran which chunk.
 */
public final class ParallelRanges {
    /** Below this many elements per chunk the hand-off (tens of microseconds) outweighs the split. */
    private static final int MIN_BLOCK = 16_384;
    private static final int CHUNKS_PER_CORE = 4;
    /**
     * Threads per kernel: the core count, or {@code -Dmassode.kernelThreads=k} (1 keeps the passes on the caller,
     * for measuring how they interact with the BLAS threads).
     */
    private static final int CORES = Math.max(1, Integer.getInteger("massode.kernelThreads",
            Runtime.getRuntime().availableProcessors()));

    /** A kernel over [from, to) that returns its share of a sum (0 when it reduces nothing). */
    public interface Kernel {
        double run(int from, int to);
    }

    private ParallelRanges() {
    }

    /** Runs the kernel over [0, length) and returns the sum of the chunks' results. */
    public static double run(int length, Kernel k) {
        return run(length, MIN_BLOCK, k);
    }

    /** Runs the kernel over the rows [0, rows) of a matrix with {@code width} columns, chunks of whole rows. */
    public static double runRows(int rows, int width, Kernel k) {
        return run(rows, Math.max(1, MIN_BLOCK / width), k);
    }

    static double run(int length, int minBlock, Kernel k) {
        int chunks = Math.min(length / Math.max(1, minBlock), CHUNKS_PER_CORE * CORES);
        if (CORES == 1 || chunks < 2) return k.run(0, length);
        Chunks c = new Chunks(length, chunks, k);
        for (int j = 1; j < Math.min(CORES, chunks); j++) ForkJoinPool.commonPool().execute(c::work);
        c.work();
        return c.awaitSum();
    }

    /** The chunks of one kernel call, claimed through {@link #next}; {@link #done} counts the finished ones. */
    private static final class Chunks {
        private final int length;
        private final int count;
        private final Kernel kernel;
        private final double[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private volatile Throwable failure;

        Chunks(int length, int count, Kernel kernel) {
            this.length = length;
            this.count = count;
            this.kernel = kernel;
            this.results = new double[count];
        }

        /** Runs chunks until none is left; a helper that starts after the caller finished finds none. */
        void work() {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    results[i] = kernel.run((int) ((long) length * i / count), (int) ((long) length * (i + 1) / count));
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    done.incrementAndGet(); // publishes results[i] to the caller's read of done
                }
            }
        }

        /** Waits for the chunks other threads still run (at most one each), then sums in chunk order. */
        double awaitSum() {
            for (int spins = 0; done.get() < count; spins++) {
                if (spins < 10_000) Thread.onSpinWait();
                else Thread.yield();
            }
            Throwable t = failure;
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException(t);
            double sum = 0;
            for (double r : results) sum += r;
            return sum;
        }
    }
}
