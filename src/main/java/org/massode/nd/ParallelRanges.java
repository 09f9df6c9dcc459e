package org.massode.nd;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Splits an index range [0, length) into one block per core and runs a fused element-wise kernel on them: ND4J's
 * gemms use every core, so a single-threaded pass between them would leave the others idle. Blocks after the
 * first go to the common fork-join pool; the caller runs the first itself and then joins. Short ranges (where the
 * hand-off would cost more than it saves) run on the caller alone.
 */
public final class ParallelRanges {
    /** Below this many elements per block the hand-off (tens of microseconds) outweighs the split. */
    private static final int MIN_BLOCK = 16_384;
    /**
     * Blocks per kernel: the core count, or {@code -Dmassode.kernelThreads=k} (1 keeps the passes on the caller,
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

    /** Runs the kernel over [0, length) and returns the sum of the blocks' results. */
    public static double run(int length, Kernel k) {
        return run(length, MIN_BLOCK, k);
    }

    /** Runs the kernel over the rows [0, rows) of a matrix with {@code width} columns, blocks of whole rows. */
    public static double runRows(int rows, int width, Kernel k) {
        return run(rows, Math.max(1, MIN_BLOCK / width), k);
    }

    private static double run(int length, int minBlock, Kernel k) {
        int blocks = Math.max(1, Math.min(CORES, length / minBlock));
        if (blocks == 1) return k.run(0, length);
        @SuppressWarnings("unchecked")
        ForkJoinTask<Double>[] tasks = new ForkJoinTask[blocks];
        for (int j = 1; j < blocks; j++) {
            int from = (int) ((long) length * j / blocks);
            int to = (int) ((long) length * (j + 1) / blocks);
            tasks[j] = ForkJoinPool.commonPool().submit(() -> k.run(from, to));
        }
        double sum = k.run(0, (int) ((long) length / blocks));
        for (int j = 1; j < blocks; j++) sum += tasks[j].join();
        return sum;
    }
}
