package org.massode.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.report.ConfusionCsv;
import org.massode.report.RunPlotter;
import org.massode.train.ExperimentConfig;
import org.massode.train.ModelStore;
import org.massode.train.ProgressMode;
import org.massode.train.TrainOptions;
import org.massode.train.Trainer;
import org.massode.train.TrainingUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train --config experiments/<name>.yaml} or {@code train --resume <out>}: trains (checkpointing every epoch),
 * evaluates on the test split, saves model + card + confusion matrix and draws the plots.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model from an experiment config.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--config", description = "experiments/<name>.yaml (not with --resume)")
    Path config;
    @Option(names = "--resume", paramLabel = "OUT", description = "continue the run in OUT from its newest checkpoint")
    Path resume;
    @Option(names = "--data-dir", description = "folder with <dataset>/ (else MASSODE_DATA, ~/.massode/datasets)")
    Path dataDir;
    @Option(names = "--epochs", description = "override the config's epochs (with --resume: the total to reach)")
    Integer epochs;
    @Option(names = "--seed", description = "override the config's seed")
    Long seed;
    @Option(names = "--dataset", description = "override the config's dataset")
    String dataset;
    @Option(names = "--lr", description = "with --resume only: continue with this learning rate")
    Double lr;
    @Option(names = "--out", description = "output folder (default trained-models/<name>)")
    Path out;
    @Option(names = "--keep-checkpoints", defaultValue = "3", description = "checkpoints kept in <out>/checkpoints")
    int keep;
    @Option(names = "--progress", defaultValue = "auto",
            description = "auto (a bar on a terminal, log lines otherwise) | bar | log | none")
    String progress;
    @Option(names = "--log-every", defaultValue = "0", description = "log a line every N batches (0: ~10 per epoch)")
    int logEvery;
    @Option(names = "--eval-limit", defaultValue = "1000",
            description = "images of each split evaluated after every epoch for metrics.csv")
    int evalLimit;
    @Option(names = "--ui", description = "serve DL4J's training UI on localhost during training")
    boolean ui;
    @Option(names = "--ui-port", defaultValue = "9000", description = "port of the training UI")
    int uiPort;
    @Option(names = "--no-plots", description = "do not draw the PNG plots at the end")
    boolean noPlots;
    @Option(names = "--batch-delay-ms", defaultValue = "0", hidden = true,
            description = "sleep after every batch (lets tests interrupt a tiny run mid-epoch)")
    long batchDelayMs;
    @Option(names = "--json", description = "print one JSON object with the results")
    boolean json;

    @Override
    public Integer call() {
        validate();
        TrainOptions.Builder ob = TrainOptions.builder().keepCheckpoints(keep).progress(progressMode())
                .logEvery(logEvery).evalLimit(evalLimit).batchDelayMs(batchDelayMs);
        TrainingUi server = ui ? TrainingUi.start(uiPort) : null;
        try {
            if (server != null) {
                ob.listener(server.listener());
                System.err.println("DL4J training UI: " + server.url());
            }
            Trainer.Result r;
            Path dir;
            if (resume != null) {
                dir = resume;
                r = Trainer.resume(dir, dataDir, ob.build(), epochs, lr);
            } else {
                ExperimentConfig cfg = ExperimentConfig.load(config).withOverrides(epochs, seed, dataset);
                dir = out != null ? out : Path.of("trained-models", cfg.name());
                r = new Trainer(cfg, dataDir, ob.build()).run(dir);
            }
            finish(r, dir);
        } finally {
            if (server != null) server.close();
        }
        return 0;
    }

    private void validate() {
        if (resume == null && config == null) {
            throw new IllegalArgumentException("give --config <file> to start a run or --resume <out> to continue one");
        }
        if (resume != null && (config != null || seed != null || dataset != null || out != null)) {
            throw new IllegalArgumentException("--resume " + resume + " continues with the configuration stored in "
                    + "its checkpoint; --config, --seed, --dataset and --out cannot be combined with it (--epochs "
                    + "and --lr can)");
        }
        if (resume == null && lr != null) {
            throw new IllegalArgumentException("--lr applies to --resume only; set lr in the config for a new run");
        }
    }

    private ProgressMode progressMode() {
        try {
            return ProgressMode.valueOf(progress.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--progress must be auto, bar, log or none, got '" + progress + "'");
        }
    }

    private void finish(Trainer.Result r, Path dir) {
        ExperimentConfig cfg = r.config();
        Map<String, Object> summary = Trainer.summary(cfg, r);
        ModelStore.save(r.net(), dir, cfg, summary, command());
        ConfusionCsv.write(dir.resolve(ConfusionCsv.FILE), ConfusionCsv.counts(r.evaluation(), cfg.classes()));
        summary.put("model_file", dir.resolve(ModelStore.MODEL).toString());
        if (!noPlots) {
            List<Path> plots = new RunPlotter(dir, dataDir, 4, evalLimit).plot();
            summary.put("plots", plots.stream().map(Path::toString).toList());
        }
        if (json) Json.print(summary);
        else System.out.printf("%s: test accuracy %.4f (%d epochs, %.0f s) -> %s%n", cfg.name(), r.testAccuracy(),
                r.epochs(), r.seconds(), dir);
    }

    private String command() {
        if (resume != null) {
            return "java -jar target/massode.jar train --resume " + resume + (epochs != null ? " --epochs " + epochs
                    : "") + (lr != null ? " --lr " + lr : "");
        }
        return "java -jar target/massode.jar train --config " + config
                + (epochs != null ? " --epochs " + epochs : "") + (seed != null ? " --seed " + seed : "")
                + (dataset != null ? " --dataset " + dataset : "") + (out != null ? " --out " + out : "");
    }
}
