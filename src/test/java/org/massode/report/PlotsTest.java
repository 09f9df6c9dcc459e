package org.massode.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.cli.Main;
import org.massode.data.MnistData;
import org.massode.data.Split;
import org.massode.train.ExperimentConfig;
import org.massode.train.MetricsCsv;
import org.massode.train.ModelFactory;
import org.massode.train.ProgressMode;
import org.massode.train.TrainOptions;
import org.massode.train.Trainer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class PlotsTest {

    private static BufferedImage png(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertNotNull(img, "not a readable PNG: " + file);
        return img;
    }

    /** The traced dynamics end exactly in the state the network classifies, and start at the image. */
    @Test
    void wilsonCowanDynamicsEndWhereTheNetworksEvaluationEnds(@TempDir Path dir) throws Exception {
        ExperimentConfig cfg = ExperimentConfig.fromMap(Map.of("model", "wc", "dataset", "mnist-sample",
                "evalTime", 2.0, "seed", 1), "test");
        MultiLayerNetwork net = ModelFactory.build(cfg);
        assertTrue(DynamicsTrace.supports(net));
        DataSet test = MnistData.load("mnist-sample", null, Split.TEST, 2);
        int[] labels = test.getLabels().argMax(1).toIntVector();
        DynamicsTrace tr = DynamicsTrace.of(net, test.getFeatures(), labels);

        assertEquals(21, tr.times().length, "Euler dt 0.1 over [0, 2]: 20 steps + t0");
        assertEquals(2.0, tr.times()[20], 1e-9);
        INDArray evalOut = net.feedForwardToLayer(0, test.getFeatures(), false).get(1);
        // float32: the two solves differ only in summation order
        assertArrayEquals(evalOut.toFloatMatrix()[1], tr.finalStates()[1], 1e-4f);
        int node = tr.nodes()[0][0];
        assertEquals(test.getFeatures().getDouble(0, node), tr.traces()[0][0][0], 1e-6, "x_i(0) is the pixel");
        assertEquals(evalOut.getDouble(0, node), tr.traces()[0][0][20], 1e-4);
        assertEquals(10, tr.attractors().length);
        assertEquals(784, tr.attractors()[0].length);

        List<Path> files = DynamicsPlot.write(tr, test.getFeatures().toFloatMatrix(), labels, labels, dir);
        assertEquals(4, files.size());
        for (Path f : files) png(f);
        BufferedImage fin = png(dir.resolve(DynamicsPlot.FINAL_STATES));
        assertTrue(fin.getHeight() > 2 * 28 * 4, "two rows of 28x28 tiles at 4x");
    }

    /** With augmented nodes the state is wider than the image: the maps show the input nodes only. */
    @Test
    void augmentedNodesAreTracedAndLeftOutOfTheImageMaps(@TempDir Path dir) throws Exception {
        ExperimentConfig cfg = ExperimentConfig.fromMap(Map.of("model", "wc", "dataset", "mnist-sample",
                "parametrization", "dense", "evalTime", 1.0, "extraNodes", 16, "seed", 1), "test");
        MultiLayerNetwork net = ModelFactory.build(cfg);
        DataSet test = MnistData.load("mnist-sample", null, Split.TEST, 2);
        int[] labels = test.getLabels().argMax(1).toIntVector();
        DynamicsTrace tr = DynamicsTrace.of(net, test.getFeatures(), labels);
        INDArray evalOut = net.feedForwardToLayer(0, test.getFeatures(), false).get(1);
        assertEquals(800, evalOut.columns());
        assertEquals(784, tr.finalStates()[0].length);
        assertEquals(784, tr.attractors()[0].length);
        assertArrayEquals(java.util.Arrays.copyOf(evalOut.toFloatMatrix()[1], 784), tr.finalStates()[1], 1e-4f);
        for (Path f : DynamicsPlot.write(tr, test.getFeatures().toFloatMatrix(), labels, labels, dir)) png(f);
    }

    @Test
    void trainWritesThePlotsAndPlotRedrawsThemForAnMlpRun(@TempDir Path dir) throws Exception {
        ExperimentConfig cfg = ExperimentConfig.fromMap(Map.of("model", "mlp", "dataset", "mnist-sample",
                "hidden", List.of(16), "epochs", 2, "batch", 50, "lr", 0.003, "trainLimit", 200, "testLimit", 100),
                "test");
        Path run = dir.resolve("run");
        Trainer.Result r = new Trainer(cfg, null, TrainOptions.builder().progress(ProgressMode.NONE).evalLimit(100)
                .build()).run(run);
        int[][] counts = ConfusionCsv.counts(r.evaluation(), 10);
        ConfusionCsv.write(run.resolve(ConfusionCsv.FILE), counts);
        assertArrayEquals(counts, ConfusionCsv.read(run.resolve(ConfusionCsv.FILE)));
        int total = 0;
        for (int[] row : counts) for (int v : row) total += v;
        assertEquals(100, total);

        // no model.zip yet: the plotter falls back to the newest checkpoint
        List<Path> files = new RunPlotter(run, null, 4, 100).plot();
        assertEquals(List.of(run.resolve("plots/training-curves.png"), run.resolve("plots/confusion-matrix.png")),
                files);
        BufferedImage curves = png(files.get(0));
        assertEquals(1120, curves.getWidth(), "loss and accuracy side by side");
        png(files.get(1));

        Files.delete(run.resolve(ConfusionCsv.FILE));
        Files.delete(files.get(1));
        assertEquals(0, Main.run("plot", "--run", run.toString(), "--eval-limit", "50", "--json"));
        png(files.get(1));
        assertEquals(2, MetricsCsv.read(run.resolve(MetricsCsv.FILE)).size());
    }

    @Test
    void plotOnAFolderWithNothingToPlotSaysWhatWasExpected(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class, () -> new RunPlotter(dir, null, 4, 10).plot());
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("metrics.csv"), e.getMessage());
        assertEquals(2, Main.run("plot", "--run", dir.resolve("missing").toString()));
        assertFalse(Files.exists(dir.resolve("plots")));
    }
}
