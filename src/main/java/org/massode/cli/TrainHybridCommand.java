package org.massode.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.hybrid.HybridConfig;
import org.massode.hybrid.HybridData;
import org.massode.hybrid.HybridTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train-hybrid --config experiments/<name>.yaml}: TF-IDF or CNN front ends with a WC or softmax head. */
@Command(name = "train-hybrid", mixinStandardHelpOptions = true,
        description = "Train a hybrid model (IMDB TF-IDF + WC/logreg/MLP, CNN + WC/softmax) from a config.")
public final class TrainHybridCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "experiments/<name>.yaml")
    Path config;
    @Option(names = "--data-dir", description = "folder with <dataset>/ (else MASSODE_DATA, ~/.massode/datasets)")
    Path dataDir;
    @Option(names = "--epochs", description = "override the config's epochs")
    Integer epochs;
    @Option(names = "--seed", description = "override the config's seed")
    Long seed;
    @Option(names = "--train-limit", description = "override the config's trainLimit (0 = all)")
    Integer trainLimit;
    @Option(names = "--test-limit", description = "override the config's testLimit (0 = all)")
    Integer testLimit;
    @Option(names = "--out", description = "output folder (default trained-models/<name>)")
    Path out;
    @Option(names = "--json", description = "print one JSON object with the results")
    boolean json;

    @Override
    public Integer call() {
        HybridConfig cfg = HybridConfig.load(config).withOverrides(epochs, seed, trainLimit, testLimit);
        Path dir = out != null ? out : Path.of("trained-models", cfg.name());
        String cmd = "java -jar target/massode.jar train-hybrid --config " + config
                + (dataDir != null ? " --data-dir " + dataDir : "") + (epochs != null ? " --epochs " + epochs : "")
                + (seed != null ? " --seed " + seed : "") + (trainLimit != null ? " --train-limit " + trainLimit : "")
                + (testLimit != null ? " --test-limit " + testLimit : "") + (out != null ? " --out " + out : "");
        HybridTrainer.Result r = HybridTrainer.run(cfg, HybridData.load(cfg, dataDir), dir, cmd);
        Map<String, Object> summary = r.summary();
        summary.put("command", cmd);
        if (json) Json.print(summary);
        else System.out.printf("%s: test accuracy %.4f (%d epochs, %.0f s) -> %s%n", cfg.name(), r.testAccuracy(),
                r.epochs(), r.seconds(), dir);
        return 0;
    }
}
