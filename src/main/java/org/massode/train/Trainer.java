package org.massode.train;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.massode.data.MnistData;
import org.massode.data.Split;
import org.massode.io.AtomicFiles;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a network from an {@link ExperimentConfig} with DL4J's fit/evaluate: reshuffles every epoch from the seed,
 * logs progress to stderr, writes {@code metrics.csv} after every epoch and the model with its card at the end.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final ExperimentConfig cfg;
    private final Path dataDir;

    public Trainer(ExperimentConfig cfg, Path dataDir) {
        this.cfg = cfg;
        this.dataDir = dataDir;
    }

    /** Result of a training run. */
    public record Result(MultiLayerNetwork net, double testAccuracy, int epochs, double seconds, long params,
                         int trainSize, int testSize) {
    }

    public Result run(Path out) {
        long t0 = System.nanoTime();
        DataSet train = MnistData.load(cfg.dataset(), dataDir, Split.TRAIN, cfg.trainLimit());
        DataSet test = MnistData.load(cfg.dataset(), dataDir, Split.TEST, cfg.testLimit());
        long iterations = (long) cfg.epochs() * ((train.numExamples() + cfg.batch() - 1) / cfg.batch());
        MultiLayerNetwork net = ModelFactory.build(cfg, iterations);
        LOG.info("{}: {} on {} ({} train / {} test), {} parameters", cfg.name(), cfg.model(), cfg.dataset(),
                train.numExamples(), test.numExamples(), net.numParams());
        StringBuilder csv = new StringBuilder("epoch,loss,test_accuracy_first_1000,seconds\n");
        DataSet probe = (DataSet) test.getRange(0, Math.min(1000, test.numExamples()));
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            double loss = epoch(net, train, epoch);
            double probeAcc = evaluate(net, probe, cfg.batch());
            double secs = (System.nanoTime() - t0) / 1e9;
            LOG.info("epoch {}: mean loss {}, accuracy on the first {} test images {}", epoch,
                    String.format("%.5f", loss), probe.numExamples(), String.format("%.4f", probeAcc));
            csv.append(epoch).append(',').append(loss).append(',').append(probeAcc).append(',')
                    .append(String.format("%.1f", secs)).append('\n');
            if (out != null) {
                AtomicFiles.writeString(out.resolve("metrics.csv"), csv.toString());
                // the last finished epoch survives an interrupted run
                AtomicFiles.write(out.resolve("checkpoint.zip"),
                        o -> org.deeplearning4j.util.ModelSerializer.writeModel(net, o, true));
            }
        }
        double acc = evaluate(net, test, cfg.batch());
        double secs = (System.nanoTime() - t0) / 1e9;
        LOG.info("{}: test accuracy {} after {} epochs, {} s", cfg.name(), String.format("%.4f", acc), cfg.epochs(),
                String.format("%.0f", secs));
        return new Result(net, acc, cfg.epochs(), secs, net.numParams(), train.numExamples(), test.numExamples());
    }

    private double epoch(MultiLayerNetwork net, DataSet train, int epoch) {
        DataSet shuffled = train.copy();
        shuffled.shuffle(cfg.seed() * 1_000_003L + epoch);
        List<DataSet> batches = shuffled.batchBy(cfg.batch());
        long start = System.nanoTime();
        double lossSum = 0;
        int every = Math.max(1, batches.size() / 10);
        for (int i = 0; i < batches.size(); i++) {
            net.fit(batches.get(i));
            double loss = net.score();
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("loss became " + loss + " at epoch " + epoch + ", iteration " + (i + 1)
                        + "; lower the learning rate or check the data");
            }
            lossSum += loss;
            if ((i + 1) % every == 0 || i + 1 == batches.size()) {
                double el = (System.nanoTime() - start) / 1e9;
                double rate = (i + 1) * (double) cfg.batch() / el;
                double eta = (batches.size() - i - 1) * el / (i + 1);
                LOG.info("epoch {}/{} batch {}/{} loss {} {} samples/s ETA {} s", epoch, cfg.epochs(), i + 1,
                        batches.size(), String.format("%.5f", lossSum / (i + 1)), String.format("%.0f", rate),
                        String.format("%.0f", eta));
            }
        }
        return lossSum / batches.size();
    }

    public static double evaluate(MultiLayerNetwork net, DataSet test, int batch) {
        Evaluation e = net.evaluate(new ListDataSetIterator<>(test.batchBy(batch), batch));
        return e.accuracy();
    }

    public static Map<String, Object> summary(ExperimentConfig cfg, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", cfg.name());
        m.put("dataset", cfg.dataset());
        m.put("model", cfg.model());
        m.put("accuracy", r.testAccuracy());
        m.put("epochs", r.epochs());
        m.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        m.put("parameters", r.params());
        m.put("train_examples", r.trainSize());
        m.put("test_examples", r.testSize());
        return m;
    }

}
