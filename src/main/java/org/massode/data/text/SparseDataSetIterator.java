package org.massode.data.text;

import java.util.List;
import java.util.NoSuchElementException;
import org.massode.data.EpochOrder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Mini-batches of {@link SparseRows} with integer labels, densified one batch at a time (features
 * {@code [batch, columns]} float, one-hot labels {@code [batch, classes]}), so memory stays at one dense batch. Epoch
 * orders follow {@link EpochOrder} and {@link #reset()} behaves as in {@link org.massode.data.ShuffledDataSetIterator}.
 */
public final class SparseDataSetIterator implements DataSetIterator {
    private final SparseRows rows;
    private final int[] labels;
    private final int classes;
    private final int batch;
    private final boolean shuffle;
    private final long seed;
    private int epoch;
    private int cursor;
    private int[] order;
    private DataSetPreProcessor preProcessor;

    public SparseDataSetIterator(SparseRows rows, int[] labels, int classes, int batch, boolean shuffle, long seed) {
        if (labels.length != rows.rows()) {
            throw new IllegalArgumentException(rows.rows() + " rows but " + labels.length + " labels");
        }
        if (batch <= 0) throw new IllegalArgumentException("batch size must be positive, got " + batch);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " is not in 0.." + (classes - 1));
            }
        }
        this.rows = rows;
        this.labels = labels;
        this.classes = classes;
        this.batch = batch;
        this.shuffle = shuffle;
        this.seed = seed;
        this.order = EpochOrder.of(rows.rows(), shuffle, seed, 0);
    }

    @Override
    public DataSet next(int num) {
        if (!hasNext()) throw new NoSuchElementException("epoch " + epoch + " is exhausted; call reset()");
        int m = Math.min(num, rows.rows() - cursor);
        int[] ids = java.util.Arrays.copyOfRange(order, cursor, cursor + m);
        cursor += m;
        float[] y = new float[m * classes];
        for (int i = 0; i < m; i++) y[i * classes + labels[ids[i]]] = 1f;
        DataSet ds = new DataSet(rows.dense(ids), Nd4j.create(y, new long[]{m, classes}, DataType.FLOAT));
        if (preProcessor != null) preProcessor.preProcess(ds);
        return ds;
    }

    @Override
    public int inputColumns() {
        return rows.columns();
    }

    @Override
    public int totalOutcomes() {
        return classes;
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
        order = EpochOrder.of(rows.rows(), shuffle, seed, epoch);
        cursor = 0;
    }

    @Override
    public int batch() {
        return batch;
    }

    @Override
    public void setPreProcessor(DataSetPreProcessor p) {
        preProcessor = p;
    }

    @Override
    public DataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    @Override
    public List<String> getLabels() {
        return null;
    }

    @Override
    public boolean hasNext() {
        return cursor < rows.rows();
    }

    @Override
    public DataSet next() {
        return next(batch);
    }
}
