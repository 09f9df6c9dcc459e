package org.massode.ode;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Numbered work buffers a gradient strategy keeps between solves, each reallocated only when the shape or type it
 * is asked for changes. An ND4J allocation touches fresh pages: about 2.5 ms for a [200, 784] float array on the
 * 2-core machine, as long as two of a step's gemms, so the reverse passes must not allocate per solve.
 */
final class KeptBuffers {
    private final List<INDArray> slots = new ArrayList<>();

    /** Buffer number k with {@code like}'s shape and type; its contents are whatever the last user left. */
    INDArray get(int k, INDArray like) {
        while (slots.size() <= k) slots.add(null);
        INDArray b = slots.get(k);
        if (!StepRecord.fits(b, like)) {
            b = like.ulike();
            slots.set(k, b);
        }
        return b;
    }
}
