package org.massode.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small, fast experiment configs on the bundled MNIST sample for the training-run tests. */
final class TinyRun {
    private TinyRun() {
    }

    /** An MLP 784-32-10 on 600 training / 300 test images, batches of 50 (12 per epoch). */
    static Map<String, Object> mlp(int epochs, long seed) {
        return new java.util.LinkedHashMap<>(Map.of("name", "tiny-mlp", "dataset", "mnist-sample", "model", "mlp",
                "hidden", List.of(32), "epochs", epochs, "batch", 50, "lr", 0.003, "seed", seed, "trainLimit", 600,
                "testLimit", 300));
    }

    static ExperimentConfig config(Map<String, Object> m) {
        return ExperimentConfig.fromMap(m, "TinyRun");
    }

    /** Writes the config as YAML (flow style is valid YAML) for the command line. */
    static Path write(Map<String, Object> m, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        m.forEach((k, v) -> lines.add(k + ": " + v));
        Files.write(file, lines);
        return file;
    }

    static TrainOptions quiet() {
        return TrainOptions.builder().progress(ProgressMode.NONE).evalLimit(300).build();
    }
}
