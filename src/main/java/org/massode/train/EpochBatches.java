package org.massode.train;

import org.massode.data.EpochOrder;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The mini-batches of one epoch: epoch {@code e} (1-based) visits the examples in the order
 * {@link EpochOrder#of}{@code (n, true, seed, e - 1)}, the same order {@link org.massode.data.ShuffledDataSetIterator}
 * uses, and batch {@code b} is the slice {@code [b·batch, (b+1)·batch)} of it. Any batch can therefore be rebuilt from
 * (seed, epoch, b) alone, which is what makes the iterator position of a checkpoint exact; the optional random
 * translation ({@link ImageShift}) and mirroring ({@link ImageFlip}) are seeded from the same triple.
 */
final class EpochBatches {
    private final DataSet data;
    private final int batch;
    private final int[] order;
    private final ImageShift shift;
    private final ImageFlip flip;
    private final long seed;
    private final int epoch;

    EpochBatches(DataSet data, int batch, long seed, int epoch) {
        this(data, batch, seed, epoch, 0);
    }

    EpochBatches(DataSet data, int batch, long seed, int epoch, int maxShift) {
        this(data, batch, seed, epoch, maxShift, false);
    }

    /**
     * @param maxShift random image translation of up to this many pixels per axis (0: none)
     * @param flip     mirror each image horizontally with probability 1/2
     */
    EpochBatches(DataSet data, int batch, long seed, int epoch, int maxShift, boolean flip) {
        this.data = data;
        this.batch = batch;
        this.order = EpochOrder.of(data.numExamples(), true, seed, epoch - 1);
        this.shift = maxShift > 0 ? new ImageShift((int) data.getFeatures().columns(), maxShift) : null;
        this.flip = flip ? new ImageFlip((int) data.getFeatures().columns()) : null;
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
        if (shift != null || flip != null) {
            // seeded by (seed, epoch, batch) so that a resumed run sees the same augmented images
            float[][] rows = x.toFloatMatrix();
            java.util.Random rng = new java.util.Random(seed * 1_000_003L + epoch * 65_537L + b);
            if (shift != null) shift.apply(rows, rng);
            if (flip != null) flip.apply(rows, rng);
            x = Nd4j.create(rows).castTo(x.dataType());
        }
        return new DataSet(x, Nd4j.pullRows(data.getLabels(), 1, idx));
    }
}
