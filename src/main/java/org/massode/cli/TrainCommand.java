package org.massode.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.train.ExperimentConfig;
import org.massode.train.ModelStore;
import org.massode.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train --config experiments/<name>.yaml}: trains, evaluates on the test split, saves model + card. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model from an experiment config.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "experiments/<name>.yaml")
    Path config;
    @Option(names = "--data-dir", description = "folder with <dataset>/ (else MASSODE_DATA, ~/.massode/datasets)")
    Path dataDir;
    @Option(names = "--epochs", description = "override the config's epochs")
    Integer epochs;
    @Option(names = "--seed", description = "override the config's seed")
    Long seed;
    @Option(names = "--dataset", description = "override the config's dataset")
    String dataset;
    @Option(names = "--out", description = "output folder (default trained-models/<name>)")
    Path out;
    @Option(names = "--json", description = "print one JSON object with the results")
    boolean json;

    @Override
    public Integer call() {
        ExperimentConfig cfg = ExperimentConfig.load(config).withOverrides(epochs, seed, dataset);
        Path dir = out != null ? out : Path.of("trained-models", cfg.name());
        Trainer.Result r = new Trainer(cfg, dataDir).run(dir);
        Map<String, Object> summary = Trainer.summary(cfg, r);
        String cmd = "java -jar target/massode.jar train --config " + config
                + (epochs != null ? " --epochs " + epochs : "") + (seed != null ? " --seed " + seed : "")
                + (dataset != null ? " --dataset " + dataset : "") + (out != null ? " --out " + out : "");
        ModelStore.save(r.net(), dir, cfg, summary, cmd);
        summary.put("model_file", dir.resolve(ModelStore.MODEL).toString());
        if (json) Json.print(summary);
        else System.out.printf("%s: test accuracy %.4f (%d epochs, %.0f s) -> %s%n", cfg.name(), r.testAccuracy(),
                r.epochs(), r.seconds(), dir);
        return 0;
    }
}
