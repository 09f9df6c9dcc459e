package org.massode.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.massode.data.MnistData;
import org.massode.data.Split;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a network from an {@link ExperimentConfig}: epoch {@code e} visits the training set in an order fixed by
 * (seed, e), every epoch ends with an evaluation row in {@code metrics.csv} and a checkpoint, a NaN/Inf loss stops the
 * run with a {@link DivergenceException}, and {@link #resume} continues from the newest checkpoint exactly as an
 * uninterrupted run would have (same batches, same updater state, same random stream).
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final ExperimentConfig cfg;
    private final Path dataDir;
    private final TrainOptions opts;
    private DataSet trainData;

    public Trainer(ExperimentConfig cfg, Path dataDir) {
        this(cfg, dataDir, TrainOptions.defaults());
    }

    public Trainer(ExperimentConfig cfg, Path dataDir, TrainOptions opts) {
        if (cfg == null || opts == null) throw new IllegalArgumentException("config and options are required");
        this.cfg = cfg;
        this.dataDir = dataDir;
        this.opts = opts;
    }

    /**
     * Result of a training run.
     *
     * @param firstEpoch the first epoch trained by this call (&gt; 1 after a resume)
     * @param evaluation DL4J's evaluation of the final network on the whole test split (confusion matrix included)
     * @param config     the configuration trained (after a resume: the checkpoint's, with its overrides)
     */
    public record Result(MultiLayerNetwork net, double testAccuracy, int epochs, double seconds, long params,
                         int trainSize, int testSize, int firstEpoch, List<EpochMetrics> metrics,
                         Evaluation evaluation, ExperimentConfig config, Averaged averaged) {
    }

    /**
     * What weight averaging did: the returned network holds θ̄ over {@code epochs} epoch ends; the last iterate alone
     * reached {@code lastIterateAccuracy} on the whole test split.
     */
    public record Averaged(int epochs, double lastIterateAccuracy) {
    }

    /** Trains from scratch; with {@code out} non-null writes metrics and checkpoints there. */
    public Result run(Path out) {
        // a fixed start for ND4J's generator: parameter init draws from it (seeded by the configuration as well)
        Nd4j.getRandom().setSeed(cfg.seed());
        DataSet train = trainSet();
        long iterations = LrDecay.iterations(cfg.averaging().scheduleEpochs(cfg.epochs()), train.numExamples(),
                cfg.batch());
        MultiLayerNetwork net = ModelFactory.build(cfg, iterations);
        Random rng = Nd4j.getRandom();
        TrainingState start = new TrainingState(0, 0, 0, rng.rootState(), rng.nodeState(), cfg.toMap(), List.of(),
                cfg.lr());
        return train(net, start, new ParameterAverage(), out, null);
    }

    /**
     * Continues the run in {@code out} from its newest checkpoint.
     *
     * @param epochs total epochs to reach, or null for the configured number
     * @param lr     a new learning rate (e.g. after a divergence), or null to keep the current one
     */
    public static Result resume(Path out, Path dataDir, TrainOptions opts, Integer epochs, Double lr) {
        CheckpointStore.Checkpoint ck = new CheckpointStore(out, opts.keepCheckpoints()).loadLatest();
        TrainingState s = ck.state();
        Map<String, Object> conf = new LinkedHashMap<>(s.config());
        if (epochs != null) conf.put("epochs", epochs);
        double useLr = s.lr();
        if (lr != null) {
            if (!(lr > 0) || !Double.isFinite(lr)) throw new IllegalArgumentException("--lr must be > 0, got " + lr);
            useLr = lr;
            ck.net().setLearningRate(lr);
        }
        ExperimentConfig cfg = ExperimentConfig.fromMap(conf, ck.file() + " (" + CheckpointStore.STATE_ENTRY + ")");
        if (s.epochsDone() >= cfg.epochs()) {
            LOG.info("{} in {} has all {} epochs done; nothing to train (raise --epochs to continue)", cfg.name(),
                    ck.file(), s.epochsDone());
        } else {
            LOG.info("resuming {} from {}: {} epochs done, continuing with epoch {} of {}", cfg.name(), ck.file(),
                    s.epochsDone(), s.epochsDone() + 1, cfg.epochs());
        }
        Nd4j.getRandom().setStates(s.rngRoot(), s.rngNode());
        TrainingState start = new TrainingState(s.epochsDone(), s.iterations(), s.nextBatch(), s.rngRoot(),
                s.rngNode(), cfg.toMap(), s.metrics(), useLr);
        return new Trainer(cfg, dataDir, opts).train(ck.net(), start, ck.average(), out, ck.file());
    }

    /** The training split, loaded once (its size fixes the horizon of a decaying learning rate). */
    private DataSet trainSet() {
        if (trainData == null) trainData = MnistData.load(cfg.dataset(), dataDir, Split.TRAIN, cfg.trainLimit());
        return trainData;
    }

    private Result train(MultiLayerNetwork net, TrainingState start, ParameterAverage average, Path out,
                         Path lastCheckpoint) {
        long t0 = System.nanoTime();
        DataSet train = trainSet();
        DataSet test = MnistData.load(cfg.dataset(), dataDir, Split.TEST, cfg.testLimit());
        if (!opts.listeners().isEmpty()) net.addListeners(opts.listeners().toArray(new TrainingListener[0]));
        LOG.info("{}: {} on {} ({} train / {} test), {} parameters", cfg.name(), cfg.model(), cfg.dataset(),
                train.numExamples(), test.numExamples(), net.numParams());
        DataSet trainProbe = head(train, opts.evalLimit());
        DataSet testProbe = head(test, opts.evalLimit());
        CheckpointStore store = out == null ? null : new CheckpointStore(out, opts.keepCheckpoints());
        List<EpochMetrics> metrics = new ArrayList<>(start.metrics());
        long iterations = start.iterations();
        try (ProgressReporter progress = ProgressReporter.create(opts.progress(), opts.logEvery())) {
            for (int epoch = start.epochsDone() + 1; epoch <= cfg.epochs(); epoch++) {
                long e0 = System.nanoTime();
                EpochBatches batches = new EpochBatches(train, cfg.batch(), cfg.seed(), epoch, cfg.augmentation());
                progress.startEpoch(epoch, cfg.epochs(), batches.count(), cfg.batch());
                double lossSum = 0;
                for (int b = 0; b < batches.count(); b++) {
                    net.fit(batches.get(b));
                    iterations++;
                    double loss = net.score();
                    if (!Double.isFinite(loss)) {
                        progress.endEpoch();
                        throw new DivergenceException(epoch, b + 1, iterations, loss, lastCheckpoint, out);
                    }
                    lossSum += loss;
                    progress.batchDone(b + 1, lossSum / (b + 1));
                    pause();
                }
                progress.endEpoch();
                net.incrementEpochCount();
                EpochMetrics m = new EpochMetrics(epoch, lossSum / batches.count(), evaluate(net, trainProbe,
                        cfg.batch()), evaluate(net, testProbe, cfg.batch()), (System.nanoTime() - e0) / 1e9);
                metrics.add(m);
                LOG.info(String.format(Locale.ROOT, "epoch %d/%d: loss %.5f, accuracy train %.4f / test %.4f "
                                + "(first %d images of each split), %.1f s", epoch, cfg.epochs(), m.loss(),
                        m.trainAccuracy(), m.testAccuracy(), opts.evalLimit(), m.seconds()));
                if (cfg.averaging().includes(epoch)) {
                    average.add(net);
                    double avgTest = average.withAverage(net, () -> evaluate(net, testProbe, cfg.batch()));
                    LOG.info(String.format(Locale.ROOT, "epoch %d/%d: weights averaged over %d epoch ends, "
                            + "test %.4f (first %d images)", epoch, cfg.epochs(), average.count(), avgTest,
                            opts.evalLimit()));
                }
                if (store != null) {
                    Random rng = Nd4j.getRandom();
                    lastCheckpoint = store.save(net, new TrainingState(epoch, iterations, 0, rng.rootState(),
                            rng.nodeState(), cfg.toMap(), metrics, start.lr()), average);
                    MetricsCsv.write(out.resolve(MetricsCsv.FILE), metrics);
                }
            }
        }
        Averaged averaged = null;
        if (average.count() > 0) {
            double last = evaluate(net, test, cfg.batch());
            average.applyTo(net);
            averaged = new Averaged(average.count(), last);
            LOG.info("{}: the last iterate reaches {} on the test split; the model is the mean of the last {} epochs' "
                    + "weights", cfg.name(), String.format(Locale.ROOT, "%.4f", last), average.count());
        }
        Evaluation ev = net.evaluate(new ListDataSetIterator<>(test.batchBy(cfg.batch()), 1));
        double secs = (System.nanoTime() - t0) / 1e9;
        LOG.info("{}: test accuracy {} after {} epochs ({} s in this process)", cfg.name(),
                String.format(Locale.ROOT, "%.4f", ev.accuracy()), cfg.epochs(),
                String.format(Locale.ROOT, "%.0f", secs));
        return new Result(net, ev.accuracy(), cfg.epochs(), secs, net.numParams(), train.numExamples(),
                test.numExamples(), start.epochsDone() + 1, List.copyOf(metrics), ev, cfg, averaged);
    }

    private void pause() {
        if (opts.batchDelayMs() <= 0) return;
        try {
            Thread.sleep(opts.batchDelayMs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        }
    }

    private static DataSet head(DataSet d, int n) {
        return n >= d.numExamples() ? d : (DataSet) d.getRange(0, n);
    }

    /**
     * Accuracy over {@code test} in batches of {@code batch}. ListDataSetIterator's second argument counts list
     * elements per batch: batchBy(b) with b there merged b batches — the whole test split in one forward pass,
     * which ran a CNN front end out of memory.
     */
    public static double evaluate(MultiLayerNetwork net, DataSet test, int batch) {
        Evaluation e = net.evaluate(new ListDataSetIterator<>(test.batchBy(batch), 1));
        return e.accuracy();
    }

    /** The run's results for {@code --json} and the model card. */
    public static Map<String, Object> summary(ExperimentConfig cfg, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", cfg.name());
        m.put("dataset", cfg.dataset());
        m.put("model", cfg.model());
        m.put("accuracy", r.testAccuracy());
        m.put("epochs", r.epochs());
        m.put("first_epoch_trained", r.firstEpoch());
        m.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        m.put("parameters", r.params());
        m.put("train_examples", r.trainSize());
        m.put("test_examples", r.testSize());
        if (r.averaged() != null) {
            m.put("averaged_epochs", r.averaged().epochs());
            m.put("last_iterate_accuracy", r.averaged().lastIterateAccuracy());
        }
        return m;
    }
}
