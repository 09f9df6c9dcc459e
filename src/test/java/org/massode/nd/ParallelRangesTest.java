package org.massode.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelRangesTest {
    @Test
    void everyIndexRunsExactlyOnceAndTheSumIsComplete() {
        for (int length : new int[]{0, 1, 7, 64, 100, 1000, 12_345}) {
            for (int minBlock : new int[]{1, 3, 50, 100_000}) {
                AtomicIntegerArray seen = new AtomicIntegerArray(length);
                double sum = ParallelRanges.run(length, minBlock, (from, to) -> {
                    double s = 0;
                    for (int i = from; i < to; i++) {
                        seen.incrementAndGet(i);
                        s += i;
                    }
                    return s;
                });
                for (int i = 0; i < length; i++) assertEquals(1, seen.get(i), "index " + i + " of " + length);
                assertEquals((double) length * (length - 1) / 2, sum, 0, "length " + length + ", minBlock " + minBlock);
            }
        }
    }

    @Test
    void aKernelsExceptionReachesTheCaller() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelRanges.run(1000, 10,
                (from, to) -> {
                    if (from <= 500 && 500 < to) throw new IllegalStateException("bad row 500");
                    return 0;
                }));
        assertEquals("bad row 500", e.getMessage());
    }

    @Test
    void theSumDoesNotDependOnWhichThreadRanWhichChunk() {
        double first = ParallelRanges.run(10_000, 10, (from, to) -> Math.sqrt(from) / (to + 0.5));
        for (int i = 0; i < 50; i++) {
            assertEquals(first, ParallelRanges.run(10_000, 10, (from, to) -> Math.sqrt(from) / (to + 0.5)), 0);
        }
    }
}
