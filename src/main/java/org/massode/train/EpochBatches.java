package org.massode.train;

import org.massode.data.EpochOrder;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The mini-batches of one epoch: epoch {@code e} (1-based) visits the examples in the order
 * {@link EpochOrder#of}{@code (n, true, seed, e - 1)}, the same order {@link org.massode.data.ShuffledDataSetIterator}
 * uses, and batch {@code b} is the slice {@code [b·batch, (b+1)·batch)} of it. Any batch can therefore be rebuilt from
 * (seed, epoch, b) alone, which is what makes the iterator position of a checkpoint exact.
 */
final class EpochBatches {
    private final DataSet data;
    private final int batch;
    private final int[] order;

    EpochBatches(DataSet data, int batch, long seed, int epoch) {
        this.data = data;
        this.batch = batch;
        this.order = EpochOrder.of(data.numExamples(), true, seed, epoch - 1);
    }

    int count() {
        return (order.length + batch - 1) / batch;
    }

    /** Batch {@code b} (0-based). */
    DataSet get(int b) {
        int from = b * batch;
        int m = Math.min(batch, order.length - from);
        int[] idx = new int[m];
        System.arraycopy(order, from, idx, 0, m);
        return new DataSet(Nd4j.pullRows(data.getFeatures(), 1, idx), Nd4j.pullRows(data.getLabels(), 1, idx));
    }
}
