package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.massode.ode.Method;

class ExperimentConfigTest {

    @Test
    void shippedExperimentConfigsParse() {
        for (String name : new String[]{"mnist-wc", "fashion-mnist-wc", "mnist-mlp", "fashion-mnist-mlp", "mnist-hopfield"}) {
            ExperimentConfig c = ExperimentConfig.load(Path.of("experiments", name + ".yaml"));
            assertEquals(name, c.name());
        }
        assertEquals(Method.EULER, ExperimentConfig.load(Path.of("experiments/mnist-wc.yaml")).solver());
    }

    @Test
    void unknownKeyOrBadValueNamesTheKey() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("epochz", 3), "cfg.yaml"));
        assertTrue(e.getMessage().contains("cfg.yaml") && e.getMessage().contains("'epochz'"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("solver", "rk45"), "cfg.yaml"));
        assertTrue(e2.getMessage().contains("'solver'") && e2.getMessage().contains("rk45"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("batch", -5), "cfg.yaml"));
        assertTrue(e3.getMessage().contains("'batch'") && e3.getMessage().contains("-5"), e3.getMessage());
    }

    @Test
    void inputDropoutDropsPixelsOfTheWilsonCowanLayerInTrainingOnly() {
        Map<String, Object> m = Map.of("model", "wc", "parametrization", "dense", "nodes", 16, "classes", 2,
                "inputDropout", 0.25);
        ExperimentConfig c = ExperimentConfig.fromMap(m, "cfg.yaml");
        assertEquals(c, ExperimentConfig.fromMap(c.toMap(), "again"), "toMap round-trips inputDropout");
        var net = ModelFactory.build(c);
        var drop = (org.deeplearning4j.nn.conf.dropout.Dropout) net.getLayer(0).conf().getLayer().getIDropout();
        assertEquals(0.75, drop.getP(), 0.0, "DL4J's p is the probability of keeping a pixel");
        var x = org.nd4j.linalg.factory.Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 8, 16);
        assertTrue(net.output(x, false).equalsWithEps(net.output(x, false), 0.0), "inference is deterministic");
        assertTrue(!net.output(x, true).equalsWithEps(net.output(x, false), 1e-6), "training drops pixels");
        for (Object bad : new Object[]{1.0, -0.1}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> ExperimentConfig.fromMap(Map.of("inputDropout", bad), "cfg.yaml"));
            assertTrue(e.getMessage().contains("'inputDropout'"), e.getMessage());
        }
        var mlp = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("model", "mlp", "inputDropout", 0.1), "cfg.yaml"));
        assertTrue(mlp.getMessage().contains("only for model: wc"), mlp.getMessage());
    }

    @Test
    void weightDecayActsOnTheCouplingButNotOnTheTimeConstant() {
        Map<String, Object> m = Map.of("model", "wc", "parametrization", "dense", "nodes", 16, "classes", 2,
                "denseInitStd", 0.5, "weightDecay", 0.5, "lr", 0.1);
        ExperimentConfig c = ExperimentConfig.fromMap(m, "cfg.yaml");
        assertEquals(0.5, c.weightDecay());
        assertEquals(0.5, c.toMap().get("weightDecay"));
        for (String p : new String[]{"dense", "spectral"}) {
            Map<String, Object> mp = new java.util.HashMap<>(m);
            mp.put("parametrization", p);
            var layer = (org.deeplearning4j.nn.conf.layers.BaseLayer)
                    ModelFactory.build(ExperimentConfig.fromMap(mp, "cfg.yaml"), 10).getLayer(0).conf().getLayer();
            String coupling = p.equals("dense") ? "A" : "phi";
            // decoupled decay on the coupling (next to SPECTRAL's orthogonality penalty), none on γ
            assertTrue(layer.getRegularizationByParam(coupling).stream().anyMatch(r ->
                    r instanceof org.nd4j.linalg.learning.regularization.WeightDecay w
                            && w.getCoeff().valueAt(0, 0) == 0.5 && w.isApplyLR()), p);
            assertTrue(layer.getRegularizationByParam("gamma") == null
                    || layer.getRegularizationByParam("gamma").isEmpty(), p);
        }
        var e = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("weightDecay", -1), "cfg.yaml"));
        assertTrue(e.getMessage().contains("'weightDecay'"), e.getMessage());
    }

    @Test
    void denseInitStdSeedsTheCouplingAndRejectsNegativeValues() {
        ExperimentConfig zero = ExperimentConfig.fromMap(Map.of("parametrization", "dense", "nodes", 30,
                "classes", 3), "cfg.yaml");
        ExperimentConfig seeded = ExperimentConfig.fromMap(Map.of("parametrization", "dense", "nodes", 30,
                "classes", 3, "denseInitStd", 0.5), "cfg.yaml");
        assertEquals(0.0, ModelFactory.build(zero).getLayer(0).getParam("A").stdNumber().doubleValue());
        double std = ModelFactory.build(seeded).getLayer(0).getParam("A").stdNumber().doubleValue();
        assertEquals(0.5, std, 0.05);
        assertEquals(0.5, seeded.toMap().get("denseInitStd"));
        var e = assertThrows(IllegalArgumentException.class, () -> ExperimentConfig.fromMap(
                Map.of("denseInitStd", -1), "cfg.yaml"));
        assertTrue(e.getMessage().contains("'denseInitStd'") && e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void ratesReadoutPutsTheHopfieldNonlinearityBeforeTheSoftmax() {
        ExperimentConfig c = ExperimentConfig.fromMap(Map.of("model", "hopfield", "nodes", 12, "classes", 3,
                "readout", "rates"), "cfg.yaml");
        var net = ModelFactory.build(c);
        assertEquals(3, net.getnLayers());
        assertTrue(net.getLayer(1).conf().getLayer() instanceof org.deeplearning4j.nn.conf.layers.ActivationLayer);
        var e = assertThrows(IllegalArgumentException.class, () -> ExperimentConfig.fromMap(
                Map.of("readout", "argmax"), "cfg.yaml"));
        assertTrue(e.getMessage().contains("'readout'") && e.getMessage().contains("argmax"), e.getMessage());
    }
}
