package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;

class WeightAveragingTest {

    private static MultiLayerNetwork tinyNet() {
        return ModelFactory.build(TinyRun.config(TinyRun.mlp(1, 5)));
    }

    @Test
    void theRunningMeanIsTheArithmeticMeanOfTheSnapshotsAndSurvivesTheCheckpointBytes() throws Exception {
        MultiLayerNetwork net = tinyNet();
        INDArray a = net.params().dup();
        ParameterAverage avg = new ParameterAverage();
        avg.add(net);
        net.setParams(a.mul(3));
        avg.add(net);
        net.setParams(a.mul(-1));
        avg.add(net);
        INDArray expected = a.castTo(DataType.DOUBLE).mul(1.0); // (1 + 3 − 1)/3 = 1
        assertEquals(3, avg.count());
        assertArrayEquals(expected.toDoubleVector(), avg.mean(DataType.DOUBLE).toDoubleVector(), 1e-7);
        ParameterAverage back = ParameterAverage.fromBytes(avg.toBytes());
        assertEquals(3, back.count());
        assertArrayEquals(avg.mean(DataType.DOUBLE).toDoubleVector(), back.mean(DataType.DOUBLE).toDoubleVector(), 0.0);
        assertEquals(0, ParameterAverage.fromBytes(new ParameterAverage().toBytes()).count());
    }

    @Test
    void evaluatingWithTheAverageGivesTheNetworkItsOwnParametersBack() {
        MultiLayerNetwork net = tinyNet();
        INDArray own = net.params().dup();
        ParameterAverage avg = new ParameterAverage();
        net.setParams(own.mul(2));
        avg.add(net);
        net.setParams(own);
        double seen = avg.withAverage(net, () -> net.params().getDouble(0));
        assertEquals(2 * own.getDouble(0), seen, 1e-6);
        assertArrayEquals(own.toFloatVector(), net.params().toFloatVector(), 0f);
        assertThrows(IllegalStateException.class, () -> new ParameterAverage().mean(DataType.FLOAT));
    }

    private static ExperimentConfig config(Map<String, Object> extra) {
        Map<String, Object> m = TinyRun.mlp(6, 5);
        m.putAll(extra);
        return TinyRun.config(m);
    }

    private static IllegalArgumentException rejected(Map<String, Object> extra) {
        return assertThrows(IllegalArgumentException.class, () -> config(extra));
    }

    @Test
    void badAveragingKeysAreNamed() {
        assertTrue(rejected(Map.of("swaStart", 3)).getMessage().contains("swaStart"));
        assertTrue(rejected(Map.of("swaLr", 0.001)).getMessage().contains("swaLr"));
        IllegalArgumentException late = rejected(Map.of("swaStart", 7, "swaLr", 0.001));
        assertTrue(late.getMessage().contains("swaStart") && late.getMessage().contains("epochs = 6"),
                late.getMessage());
        assertTrue(rejected(Map.of("swaStart", 1, "swaLr", 0.001)).getMessage().contains("swaStart"));
        assertTrue(rejected(Map.of("swaStart", 2.5, "swaLr", 0.001)).getMessage().contains("swaStart"));
        IllegalArgumentException high = rejected(Map.of("swaStart", 3, "swaLr", 0.01));
        assertTrue(high.getMessage().contains("swaLr") && high.getMessage().contains("0.003"), high.getMessage());
        ExperimentConfig ok = config(Map.of("swaStart", 4, "swaLr", 0.001));
        IllegalArgumentException shortened = assertThrows(IllegalArgumentException.class,
                () -> ok.withOverrides(3, null, null));
        assertTrue(shortened.getMessage().contains("swaStart 4"), shortened.getMessage());
        assertEquals(ok, TinyRun.config(ok.toMap()), "toMap round-trips the averaging keys");
    }

    private static IUpdater updater(ExperimentConfig c, long horizon) {
        return ((BaseLayer) ModelFactory.build(c, horizon).getLayerWiseConfigurations().getConf(0).getLayer())
                .getIUpdater();
    }

    @Test
    void theRateReachesSwaLrAtSwaStartAndStaysThere() {
        IUpdater linear = updater(config(Map.of("lrDecay", "linear", "swaStart", 3, "swaLr", 0.001)), 100);
        assertEquals(0.003, linear.getLearningRate(0, 0), 1e-12);
        assertEquals(0.002, linear.getLearningRate(50, 0), 1e-12);
        assertEquals(0.001, linear.getLearningRate(100, 2), 1e-12);
        assertEquals(0.001, linear.getLearningRate(1000, 9), 1e-12);
        IUpdater step = updater(config(Map.of("swaStart", 3, "swaLr", 0.001)), 100);
        assertEquals(0.003, step.getLearningRate(99, 1), 1e-12);
        assertEquals(0.001, step.getLearningRate(100, 2), 1e-12);
        assertEquals(0.001, step.getLearningRate(5000, 9), 1e-12);
    }

    @Test
    void theTrainedModelIsTheMeanOfTheAveragedEpochEndsAndAResumeAveragesTheSame(@TempDir Path dir) {
        Map<String, Object> m = TinyRun.mlp(3, 5);
        m.putAll(Map.of("swaStart", 2, "swaLr", 0.001, "lrDecay", "linear"));
        TrainOptions keep3 = TrainOptions.builder().progress(ProgressMode.NONE).evalLimit(300).keepCheckpoints(3)
                .build();
        Path run = dir.resolve("run");
        Trainer.Result r = new Trainer(TinyRun.config(m), null, keep3).run(run);
        CheckpointStore store = new CheckpointStore(run, 3);
        INDArray e2 = CheckpointStore.load(run.resolve("checkpoints/epoch-0002.zip")).net().params();
        INDArray e3 = CheckpointStore.load(run.resolve("checkpoints/epoch-0003.zip")).net().params();
        assertArrayEquals(e2.add(e3).divi(2).toFloatVector(), r.net().params().toFloatVector(), 1e-6f);
        assertEquals(2, r.averaged().epochs());
        assertTrue(r.averaged().lastIterateAccuracy() > 0.5, "the last iterate learned: " + r.averaged());
        assertEquals(2, store.loadLatest().average().count());
        Map<String, Object> summary = Trainer.summary(r.config(), r);
        assertEquals(2, summary.get("averaged_epochs"));
        assertEquals(r.averaged().lastIterateAccuracy(), summary.get("last_iterate_accuracy"));

        Map<String, Object> two = new java.util.LinkedHashMap<>(m);
        two.put("epochs", 2);
        Path part = dir.resolve("part");
        new Trainer(TinyRun.config(two), null, keep3).run(part);
        Trainer.Result resumed = Trainer.resume(part, null, keep3, 3, null);
        assertArrayEquals(r.net().params().toFloatVector(), resumed.net().params().toFloatVector(), 0f,
                "2 epochs + resume to 3 average exactly what 3 straight epochs do");
        assertNull(new Trainer(TinyRun.config(TinyRun.mlp(1, 5)), null, keep3).run(null).averaged(),
                "no averaging without swaStart");
    }
}
