package org.massode.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HybridConfigTest {

    @Test
    void shippedConfigsLoadAndBadValuesNameTheKey() {
        for (String n : new String[]{"imdb-wc", "imdb-logreg", "imdb-mlp", "mnist-cnn-wc", "mnist-cnn",
                "fashion-mnist-cnn-wc", "cifar10-cnn-wc"}) {
            HybridConfig c = HybridConfig.load(Path.of("experiments", n + ".yaml"));
            assertEquals(n, c.name());
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> HybridConfig.fromMap(Map.of("dataset", "imdb", "model", "cnn-wc"), "x.yaml"));
        assertTrue(e.getMessage().contains("x.yaml") && e.getMessage().contains("'model'"), e.getMessage());
        var k = assertThrows(IllegalArgumentException.class, () -> HybridConfig.fromMap(Map.of("nodez", 3), "x.yaml"));
        assertTrue(k.getMessage().contains("nodez"), k.getMessage());
        var d = assertThrows(IllegalArgumentException.class,
                () -> HybridConfig.fromMap(Map.of("dataset", "imdb", "dense", java.util.List.of(0)), "x.yaml"));
        assertTrue(d.getMessage().contains("'dense'"), d.getMessage());
    }

    @Test
    void linearDecayIsReadWrittenAndNeedsTheIterationCount() {
        HybridConfig c = HybridConfig.fromMap(Map.of("dataset", "mnist-sample", "lrDecay", "linear"), "x.yaml");
        assertEquals(org.massode.train.LrDecay.LINEAR, c.lrDecay());
        assertEquals("linear", c.toMap().get("lrDecay"));
        assertEquals(org.massode.train.LrDecay.NONE, HybridConfig.fromMap(Map.of("dataset", "imdb"), "x").lrDecay());
        var e = assertThrows(IllegalArgumentException.class,
                () -> HybridConfig.fromMap(Map.of("dataset", "imdb", "lrDecay", "cosine"), "x.yaml"));
        assertTrue(e.getMessage().contains("'lrDecay'") && e.getMessage().contains("cosine"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HybridModels.build(c, 784, 0));
        var adam = (org.nd4j.linalg.learning.config.Adam) ((org.deeplearning4j.nn.conf.layers.BaseLayer)
                HybridModels.build(c, 784, 100).getLayer(0).conf().getLayer()).getIUpdater();
        assertEquals(c.lr() / 2, adam.getLearningRate(50, 0), 1e-12);
    }

    @Test
    void flipIsAnImageOptionThatRoundTripsThroughTheCard() {
        HybridConfig c = HybridConfig.fromMap(Map.of("dataset", "fashion-mnist", "flip", true), "x.yaml");
        assertTrue(c.flip());
        assertEquals(true, c.toMap().get("flip"));
        assertTrue(HybridConfig.fromMap(c.toMap(), "card").flip());
        assertTrue(!HybridConfig.fromMap(Map.of("dataset", "mnist"), "x").flip());
        var e = assertThrows(IllegalArgumentException.class,
                () -> HybridConfig.fromMap(Map.of("dataset", "imdb", "flip", true), "x.yaml"));
        assertTrue(e.getMessage().contains("'flip'") && e.getMessage().contains("x.yaml"), e.getMessage());
    }

    @Test
    void dropoutIsADropProbabilityOnTheHiddenDenseLayersOnly() {
        HybridConfig c = HybridConfig.fromMap(Map.of("dataset", "mnist", "model", "cnn-wc", "convChannels", 2,
                "dense", java.util.List.of(8, 6), "nodes", 12, "dropout", 0.3), "x.yaml");
        assertEquals(0.3, HybridConfig.fromMap(c.toMap(), "card").dropout());
        var layers = HybridModels.build(c, 784).getLayerWiseConfigurations().getConfs();
        java.util.List<Object> drops = new java.util.ArrayList<>();
        for (var conf : layers) {
            if (conf.getLayer() instanceof org.deeplearning4j.nn.conf.layers.DenseLayer d) {
                var p = d.getIDropout();
                drops.add(p == null ? "none" : ((org.deeplearning4j.nn.conf.dropout.Dropout) p).getP());
            }
        }
        // the first dense layer reads the convolutions; the next two read batch-normalized hidden layers (retain 0.7)
        assertEquals(java.util.List.of("none", 0.7, 0.7), drops);
        for (Object bad : new Object[]{1.0, -0.1}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> HybridConfig.fromMap(Map.of("dataset", "mnist", "dropout", bad), "x.yaml"));
            assertTrue(e.getMessage().contains("'dropout'") && e.getMessage().contains("x.yaml"), e.getMessage());
        }
    }

    /** CIFAR batches arrive as NCHW [n, 3, 32, 32]; DL4J flattens them in front of the first ConvPoolLayer. */
    @Test
    void cifarCnnWilsonCowanTakesNchwBatchesAndTrains() {
        HybridConfig c = HybridConfig.fromMap(Map.of("dataset", "cifar10", "model", "cnn-wc", "convChannels", 4,
                "dense", java.util.List.of(16), "nodes", 20, "trainTime", 0.5, "evalTime", 0.5), "x.yaml");
        var net = HybridModels.build(c, 3072);
        var x = org.nd4j.linalg.factory.Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 4, 3, 32, 32);
        var y = org.nd4j.linalg.factory.Nd4j.eye(10).getRows(0, 1, 2, 3).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        double before = net.score(new org.nd4j.linalg.dataset.DataSet(x, y));
        for (int i = 0; i < 20; i++) net.fit(x, y);
        assertEquals(10, net.output(x).columns());
        assertTrue(net.score(new org.nd4j.linalg.dataset.DataSet(x, y)) < before, "loss did not fall on 4 images");
    }
}
