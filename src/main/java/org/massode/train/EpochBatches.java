package org.massode.train;

import org.massode.data.EpochOrder;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The mini-batches of one epoch: epoch {@code e} (1-based) visits the examples in the order
 * {@link EpochOrder#of}{@code (n, true, seed, e - 1)}, the same order {@link org.massode.data.ShuffledDataSetIterator}
 * uses, and batch {@code b} is the slice {@code [b·batch, (b+1)·batch)} of it. Any batch can therefore be rebuilt from
 * (seed, epoch, b) alone, which is what makes the iterator position of a checkpoint exact; the optional random
 * augmentation ({@link Augmentation}) is seeded from the same triple.
 */
final class EpochBatches {
    private final DataSet data;
    private final int batch;
    private final int[] order;
    private final Augmentation.Applied augment;
    private final long seed;
    private final int epoch;

    EpochBatches(DataSet data, int batch, long seed, int epoch) {
        this(data, batch, seed, epoch, Augmentation.NONE);
    }

    /** @param augmentation what to do to the training images of each batch ({@link Augmentation#NONE}: nothing) */
    EpochBatches(DataSet data, int batch, long seed, int epoch, Augmentation augmentation) {
        this.data = data;
        this.batch = batch;
        this.order = EpochOrder.of(data.numExamples(), true, seed, epoch - 1);
        this.augment = augmentation.isNone() ? null : augmentation.forWidth((int) data.getFeatures().columns());
        this.seed = seed;
        this.epoch = epoch;
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
        org.nd4j.linalg.api.ndarray.INDArray x = Nd4j.pullRows(data.getFeatures(), 1, idx);
        if (augment != null) {
            // seeded by (seed, epoch, batch) so that a resumed run sees the same augmented images
            float[][] rows = x.toFloatMatrix();
            augment.apply(rows, new java.util.Random(seed * 1_000_003L + epoch * 65_537L + b));
            x = Nd4j.create(rows).castTo(x.dataType());
        }
        return new DataSet(x, Nd4j.pullRows(data.getLabels(), 1, idx));
    }
}
