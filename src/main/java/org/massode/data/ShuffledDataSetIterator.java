package org.massode.data;

import java.util.List;
import java.util.NoSuchElementException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mini-batches of an in-memory {@link DataSet}, reshuffled every epoch reproducibly.
 *
 * <p>Epoch {@code e}'s order is {@link EpochOrder#of}{@code (n, shuffle, seed, e)}, so the same seed gives the same
 * batches on every run, and the order does not depend on how many batches were drawn before. {@link #reset()} starts the next epoch only when the current one has been drawn from; a reset of a fresh
 * iterator (as DL4J sometimes does before the first epoch) changes nothing. Batches are gathered with
 * {@link Nd4j#pullRows} (features of any rank are supported: rows are along dimension 0).
 */
public final class ShuffledDataSetIterator implements DataSetIterator {
    private final DataSet data;
    private final int batch;
    private final boolean shuffle;
    private final long seed;
    private final int n;
    private int[] order;
    private int epoch;
    private int cursor;
    private DataSetPreProcessor preProcessor;

    public ShuffledDataSetIterator(DataSet data, int batch, boolean shuffle, long seed) {
        if (batch <= 0) throw new IllegalArgumentException("batch size must be positive, got " + batch);
        if (data == null || data.getFeatures() == null || data.getLabels() == null) {
            throw new IllegalArgumentException("the data set needs features and labels");
        }
        if (data.getFeatures().size(0) != data.getLabels().size(0)) {
            throw new IllegalArgumentException(data.getFeatures().size(0) + " feature rows but "
                    + data.getLabels().size(0) + " label rows");
        }
        this.data = data;
        this.batch = batch;
        this.shuffle = shuffle;
        this.seed = seed;
        this.n = (int) data.getFeatures().size(0);
        this.order = permutation(0);
    }

    /** The epoch whose order is being drawn (0 for the first). */
    public int epoch() {
        return epoch;
    }

    private int[] permutation(int e) {
        return EpochOrder.of(n, shuffle, seed, e);
    }

    @Override
    public DataSet next(int num) {
        if (!hasNext()) throw new NoSuchElementException("epoch " + epoch + " is exhausted; call reset()");
        int m = Math.min(num, n - cursor);
        int[] idx = new int[m];
        System.arraycopy(order, cursor, idx, 0, m);
        cursor += m;
        DataSet ds = new DataSet(rows(data.getFeatures(), idx), rows(data.getLabels(), idx),
                data.getFeaturesMaskArray() == null ? null : rows(data.getFeaturesMaskArray(), idx),
                data.getLabelsMaskArray() == null ? null : rows(data.getLabelsMaskArray(), idx));
        if (preProcessor != null) preProcessor.preProcess(ds);
        return ds;
    }

    private static INDArray rows(INDArray a, int[] idx) {
        if (a.rank() == 2) return Nd4j.pullRows(a, 1, idx);
        long[] shape = a.shape().clone();
        INDArray flat = a.reshape('c', shape[0], a.length() / shape[0]);
        shape[0] = idx.length;
        return Nd4j.pullRows(flat, 1, idx).reshape('c', shape);
    }

    @Override
    public int inputColumns() {
        return (int) (data.getFeatures().length() / Math.max(1, n));
    }

    @Override
    public int totalOutcomes() {
        return (int) data.getLabels().size(1);
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return true;
    }

    @Override
    public void reset() {
        if (cursor == 0) return;
        epoch++;
        order = permutation(epoch);
        cursor = 0;
    }

    @Override
    public int batch() {
        return batch;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor preProcessor) {
        this.preProcessor = preProcessor;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    /**
     * The label names, or null when the data set has none: DL4J's {@code evaluate(iterator)} builds its
     * {@code Evaluation} from this list, and an empty list would make it count zero classes (accuracy 0).
     */
    @Override
    public List<String> getLabels() {
        List<String> names = data.getLabelNamesList();
        return names == null || names.isEmpty() ? null : names;
    }

    @Override
    public boolean hasNext() {
        return cursor < n;
    }

    @Override
    public DataSet next() {
        return next(batch);
    }
}
