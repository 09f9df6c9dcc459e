package org.massode.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.massode.data.MnistData;
import org.massode.data.Split;
import org.massode.train.CheckpointStore;
import org.massode.train.ExperimentConfig;
import org.massode.train.MetricsCsv;
import org.massode.train.ModelStore;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws every plot of a run folder into {@code <run>/plots/}: training curves from {@code metrics.csv}, the confusion
 * matrix from {@code confusion.csv} (or, for a run that stopped before writing it, from an evaluation of the newest
 * model on the first test images), and for Wilson–Cowan classifiers the dynamics ({@link DynamicsPlot}).
 */
public final class RunPlotter {
    public static final String DIR = "plots";
    private static final Logger LOG = LoggerFactory.getLogger(RunPlotter.class);

    private final Path run;
    private final Path dataDir;
    private final int images;
    private final int evalLimit;

    /**
     * @param run       the run folder ({@code train --out})
     * @param dataDir   {@code --data-dir} for the test images, or null
     * @param images    test images whose dynamics are drawn (1–10)
     * @param evalLimit test images evaluated when the run has no {@code confusion.csv}
     */
    public RunPlotter(Path run, Path dataDir, int images, int evalLimit) {
        if (!Files.isDirectory(run)) throw new IllegalArgumentException("run folder not found: " + run);
        if (images < 1 || images > 10) throw new IllegalArgumentException("images must be 1..10, got " + images);
        if (evalLimit < 1) throw new IllegalArgumentException("eval limit must be >= 1, got " + evalLimit);
        this.run = run;
        this.dataDir = dataDir;
        this.images = images;
        this.evalLimit = evalLimit;
    }

    /** Draws the plots; returns the files written. */
    public List<Path> plot() {
        Path out = run.resolve(DIR);
        List<Path> written = new ArrayList<>();
        Path metrics = run.resolve(MetricsCsv.FILE);
        if (Files.isRegularFile(metrics)) {
            TrainingCurvesPlot.write(MetricsCsv.read(metrics), out.resolve(TrainingCurvesPlot.FILE));
            written.add(out.resolve(TrainingCurvesPlot.FILE));
        } else {
            LOG.warn("{} not found: no training curves", metrics);
        }
        Loaded m = loadModel();
        if (m == null) {
            if (written.isEmpty()) {
                throw new IllegalArgumentException("nothing to plot in " + run + ": expected " + MetricsCsv.FILE
                        + ", " + ModelStore.MODEL + " or " + CheckpointStore.DIR + "/epoch-NNNN.zip");
            }
            LOG.warn("no model in {}: no confusion matrix or dynamics", run);
            return written;
        }
        DataSet test = MnistData.load(m.cfg.dataset(), dataDir, Split.TEST, m.cfg.testLimit());
        Path confusion = run.resolve(ConfusionCsv.FILE);
        int[][] counts;
        if (Files.isRegularFile(confusion)) {
            counts = ConfusionCsv.read(confusion);
        } else {
            DataSet head = test.numExamples() > evalLimit ? (DataSet) test.getRange(0, evalLimit) : test;
            LOG.info("{} not found: evaluating {} on the first {} test images", confusion, m.source,
                    head.numExamples());
            Evaluation ev = m.net.evaluate(new ListDataSetIterator<>(head.batchBy(200), 1));
            counts = ConfusionCsv.counts(ev, m.cfg.classes());
        }
        ConfusionMatrixPlot.write(counts, out.resolve(ConfusionMatrixPlot.FILE));
        written.add(out.resolve(ConfusionMatrixPlot.FILE));
        if (DynamicsTrace.supports(m.net)) {
            written.addAll(dynamics(m.net, test, out));
        } else {
            LOG.info("{} is not a Wilson–Cowan classifier: no dynamics plots", m.source);
        }
        return written;
    }

    /** The first test image of each of the first {@code images} classes met, so that different classes are shown. */
    private List<Path> dynamics(MultiLayerNetwork net, DataSet test, Path out) {
        int[] labels = test.getLabels().argMax(1).toIntVector();
        List<Integer> pick = new ArrayList<>();
        boolean[] seen = new boolean[test.getLabels().columns()];
        for (int i = 0; i < labels.length && pick.size() < images; i++) {
            if (!seen[labels[i]]) {
                seen[labels[i]] = true;
                pick.add(i);
            }
        }
        int[] idx = pick.stream().mapToInt(Integer::intValue).toArray();
        int[] cls = new int[idx.length];
        for (int i = 0; i < idx.length; i++) cls[i] = labels[idx[i]];
        var x = Nd4j.pullRows(test.getFeatures(), 1, idx);
        DynamicsTrace tr = DynamicsTrace.of(net, x, cls);
        int[] predicted = new int[idx.length];
        int last = tr.times().length - 1;
        for (int i = 0; i < idx.length; i++) {
            int best = 0;
            for (int c = 1; c < tr.distances()[i].length; c++) {
                if (tr.distances()[i][c][last] < tr.distances()[i][best][last]) best = c;
            }
            predicted[i] = best;
        }
        return DynamicsPlot.write(tr, x.toFloatMatrix(), cls, predicted, out);
    }

    private record Loaded(MultiLayerNetwork net, ExperimentConfig cfg, Path source) {
    }

    /** model.zip with the config from model-card.json, else the newest checkpoint; null when there is neither. */
    private Loaded loadModel() {
        Path zip = run.resolve(ModelStore.MODEL);
        Path card = run.resolve(ModelStore.CARD);
        if (Files.isRegularFile(zip) && Files.isRegularFile(card)) {
            return new Loaded(ModelStore.load(zip), ModelStore.configFromCard(card), zip);
        }
        CheckpointStore store = new CheckpointStore(run, 1);
        if (store.latestFile() == null) return null;
        CheckpointStore.Checkpoint ck = store.loadLatest();
        return new Loaded(ck.net(), ExperimentConfig.fromMap(ck.state().config(), ck.file().toString()), ck.file());
    }
}
