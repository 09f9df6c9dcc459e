package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.schedule.PolySchedule;
import org.nd4j.linalg.schedule.ScheduleType;

class LinearDecayScheduleTest {

    @Test
    void decaysLinearlyToZeroAndStaysThere() {
        LinearDecaySchedule s = new LinearDecaySchedule(0.01, 100);
        assertEquals(0.01, s.valueAt(0, 0), 1e-15);
        assertEquals(0.005, s.valueAt(50, 3), 1e-15);
        assertEquals(0.0, s.valueAt(100, 0), 0.0);
        assertEquals(0.0, s.valueAt(250, 0), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new LinearDecaySchedule(0.01, 0));
    }

    @Test
    void dl4jPolyScheduleGrowsInsteadOfDecaying() {
        // the reason for LinearDecaySchedule: if DL4J fixes this, PolySchedule could serve again
        PolySchedule p = new PolySchedule(ScheduleType.ITERATION, 0.01, 1.0, 100);
        assertEquals(0.015, p.valueAt(50, 0), 1e-12);
    }

    @Test
    void configuredRunsDecayAndTheScheduleSurvivesModelSerializer() throws Exception {
        ExperimentConfig c = ExperimentConfig.fromMap(Map.of("parametrization", "dense", "nodes", 20,
                "classes", 2, "lr", 0.01, "lrDecay", "linear"), "cfg.yaml");
        MultiLayerNetwork net = ModelFactory.build(c, 40);
        BaseLayer layer = (BaseLayer) net.getLayerWiseConfigurations().getConf(0).getLayer();
        assertEquals(0.005, layer.getIUpdater().getLearningRate(20, 0), 1e-12);
        File f = Files.createTempFile("sched", ".zip").toFile();
        try {
            ModelSerializer.writeModel(net, f, true);
            MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(f, true);
            BaseLayer l2 = (BaseLayer) back.getLayerWiseConfigurations().getConf(0).getLayer();
            assertEquals(0.0025, l2.getIUpdater().getLearningRate(30, 0), 1e-12);
        } finally {
            f.delete();
        }
    }

    @Test
    void modelsSavedBeforeTheFinalValueExistedStillDecayToZero() {
        ExperimentConfig c = ExperimentConfig.fromMap(Map.of("parametrization", "dense", "nodes", 20,
                "classes", 2, "lr", 0.01, "lrDecay", "linear"), "cfg.yaml");
        String json = ModelFactory.build(c, 40).getLayerWiseConfigurations().toJson();
        String old = json.replaceAll("\\s*\"finalValue\"\\s*:\\s*0\\.0\\s*,?", "");
        org.junit.jupiter.api.Assertions.assertNotEquals(json, old, "the field was there to remove");
        BaseLayer layer = (BaseLayer) org.deeplearning4j.nn.conf.MultiLayerConfiguration.fromJson(old).getConf(0)
                .getLayer();
        assertEquals(0.0025, layer.getIUpdater().getLearningRate(30, 0), 1e-12);
        assertEquals(0.0, layer.getIUpdater().getLearningRate(40, 0), 0.0);
    }
}
