package org.massode.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.massode.layers.AttractorReadout;
import org.massode.layers.WilsonCowanLayer;

/**
 * CNN + Wilson–Cowan trained end to end on the bundled MNIST sample (5,000 train / 1,000 test images), one epoch.
 * To keep the test short it uses a smaller front end than experiments/mnist-cnn-wc.yaml (8 conv channels, one dense
 * layer of 128 + BN, N = 64 WC nodes); the layer types and their order are the same. Measured: 88.9 % on the 1,000
 * test images (≈ 22 s of CPU time; 68 s wall while other jobs loaded the 2 cores).
 */
class CnnWilsonCowanSampleTest {

    @Test
    void oneEpochOnTheBundledSampleReachesEightyPercent() {
        Map<String, Object> m = new HashMap<>(Map.of("name", "cnn-wc-sample", "dataset", "mnist-sample", "model",
                "cnn-wc", "convChannels", 8, "dense", List.of(128), "nodes", 64, "epochs", 1, "batch", 50, "lr", 0.005));
        m.put("trainTime", 1.0);
        m.put("evalTime", 1.0);
        HybridConfig c = HybridConfig.fromMap(m, "test");
        HybridData d = HybridData.load(c, null);
        HybridTrainer.Result r = HybridTrainer.run(c, d, null, "test");
        MultiLayerNetwork net = r.net();
        int n = net.getnLayers();
        assertTrue(net.getLayer(n - 2).conf().getLayer() instanceof WilsonCowanLayer);
        assertTrue(net.getLayer(n - 1).conf().getLayer() instanceof AttractorReadout);
        assertEquals(1000, d.testSize());
        assertTrue(r.testAccuracy() >= 0.80, "CNN+WC accuracy on the sample after one epoch: " + r.testAccuracy());
    }
}
