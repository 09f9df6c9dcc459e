package org.massode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

class ShuffledDataSetIteratorTest {

    /** 23 examples whose single feature is their index; labels one-hot of index % 3. */
    private static DataSet indexed(int n) {
        float[] y = new float[n * 3];
        for (int i = 0; i < n; i++) y[i * 3 + i % 3] = 1;
        return new DataSet(Nd4j.arange(n).castTo(DataType.FLOAT).reshape(n, 1), Nd4j.create(y, new long[]{n, 3}));
    }

    private static List<Integer> epoch(DataSetIterator it) {
        List<Integer> order = new ArrayList<>();
        while (it.hasNext()) {
            DataSet b = it.next();
            for (int i = 0; i < b.numExamples(); i++) {
                int idx = b.getFeatures().getInt(i, 0);
                order.add(idx);
                assertEquals(1.0, b.getLabels().getDouble(i, idx % 3), "labels travel with their features");
            }
        }
        return order;
    }

    @Test
    void sameSeedSameOrderNewOrderEachEpochEveryExampleOnce() {
        DataSetIterator a = MnistData.iterator(indexed(23), 5, true, 7);
        DataSetIterator b = MnistData.iterator(indexed(23), 5, true, 7);
        b.reset(); // a reset before anything was drawn changes nothing
        List<Integer> a1 = epoch(a);
        assertEquals(a1, epoch(b));
        assertEquals(23, new TreeSet<>(a1).size());
        a.reset();
        b.reset();
        List<Integer> a2 = epoch(a);
        assertNotEquals(a1, a2, "reshuffled");
        assertEquals(a2, epoch(b));
        assertNotEquals(a1, epoch(MnistData.iterator(indexed(23), 5, true, 8)));
        assertFalse(a.hasNext());
    }

    @Test
    void withoutShuffleOrderIsTheDataOrderAndLastBatchIsPartial() {
        DataSetIterator it = MnistData.iterator(indexed(7), 3, false, 1);
        List<Integer> sizes = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        while (it.hasNext()) {
            DataSet b = it.next();
            sizes.add(b.numExamples());
            for (int i = 0; i < b.numExamples(); i++) order.add(b.getFeatures().getInt(i, 0));
        }
        assertEquals(List.of(3, 3, 1), sizes);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), order);
        assertEquals(1, it.inputColumns());
        assertEquals(3, it.totalOutcomes());
        assertThrows(java.util.NoSuchElementException.class, it::next);
    }

    @Test
    void fourDimensionalFeaturesKeepTheirShape() {
        DataSet ds = new DataSet(Nd4j.rand(DataType.FLOAT, 6, 3, 4, 4), Nd4j.eye(6).castTo(DataType.FLOAT));
        DataSetIterator it = MnistData.iterator(ds, 4, true, 3);
        DataSet b = it.next();
        assertEquals(List.of(4L, 3L, 4L, 4L), List.of(b.getFeatures().shape()[0], b.getFeatures().shape()[1],
                b.getFeatures().shape()[2], b.getFeatures().shape()[3]));
        for (int i = 0; i < 4; i++) {
            int src = (int) b.getLabels().getRow(i).argMax().getInt(0);
            assertEquals(ds.getFeatures().slice(src), b.getFeatures().slice(i));
        }
    }

    @Test
    void badBatchSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MnistData.iterator(indexed(3), 0, true, 1));
    }

    @Test
    void networkEvaluateThroughTheIteratorCountsEveryExample() {
        // identity "classifier": a softmax over 3 inputs that already are the one-hot labels
        DataSet ds = indexed(23);
        ds.setFeatures(ds.getLabels().dup());
        org.deeplearning4j.nn.multilayer.MultiLayerNetwork net = new org.deeplearning4j.nn.multilayer.MultiLayerNetwork(
                new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder().list()
                        .layer(new org.deeplearning4j.nn.conf.layers.ActivationLayer.Builder()
                                .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build())
                        .layer(new org.deeplearning4j.nn.conf.layers.LossLayer.Builder().build()).build());
        net.init();
        org.nd4j.evaluation.classification.Evaluation e = net.evaluate(new ShuffledDataSetIterator(ds, 5, true, 7));
        assertEquals(23, e.getNumRowCounter(), "every example is evaluated");
        assertEquals(1.0, e.accuracy(), 1e-12);
    }
}
