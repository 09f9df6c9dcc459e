package org.massode.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.layers.Parametrization;
import org.massode.layers.ReadoutLoss;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.massode.train.Augmentation;
import org.massode.train.ExperimentConfig;
import org.massode.train.HopfieldOptions;
import org.massode.train.LrDecay;
import org.massode.train.ModelStore;
import org.massode.train.Trainer;
import org.massode.train.WeightAveraging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quickstart}: trains the Wilson–Cowan classifier and an MLP briefly on the bundled MNIST sample (offline),
 * prints both accuracies side by side and exports the WC model.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = "Train WC and MLP briefly on the bundled MNIST sample and export the WC model.")
public final class QuickstartCommand implements Callable<Integer> {
    /** Epochs of the Wilson–Cowan model over the 5,000 sample images (500 Adam steps at batch 100). */
    public static final int WC_EPOCHS = 10;

    @Option(names = "--out", defaultValue = "runs/quickstart")
    Path out;
    @Option(names = "--wc-epochs", defaultValue = "" + WC_EPOCHS, description = "epochs of the Wilson-Cowan model")
    int wcEpochs;
    @Option(names = "--mlp-epochs", defaultValue = "5", description = "epochs of the MLP baseline")
    int mlpEpochs;
    @Option(names = "--train-limit", defaultValue = "0",
            description = "training images used from the bundled sample (0 = all 5000)")
    int trainLimit;
    @Option(names = "--seed", defaultValue = "42")
    long seed;
    @Option(names = "--json")
    boolean json;

    public static ExperimentConfig config(String model, int epochs, long seed, int trainLimit) {
        return new ExperimentConfig("quickstart-" + model, "mnist-sample", model, 784, 10, Parametrization.DENSE,
                Method.EULER, 0.25, 1.0, 1.0, GradientMode.BACKPROP, epochs, 100, model.equals("wc") ? 0.02 : 1e-3,
                List.of(256), seed, trainLimit, 0, ReadoutLoss.XENT, 1000, LrDecay.LINEAR,
                HopfieldOptions.DEFAULT, 0, 0, 0, Augmentation.NONE, WeightAveraging.NONE, 0);
    }

    @Override
    public Integer call() throws Exception {
        Map<String, Object> res = new LinkedHashMap<>();
        for (String model : List.of("wc", "mlp")) {
            ExperimentConfig cfg = config(model, model.equals("wc") ? wcEpochs : mlpEpochs, seed, trainLimit);
            Path dir = out.resolve(model);
            Trainer.Result r = new Trainer(cfg, null).run(dir);
            Map<String, Object> s = Trainer.summary(cfg, r);
            ModelStore.save(r.net(), dir, cfg, s, "java -jar target/massode.jar quickstart");
            if (model.equals("wc")) {
                ExportCommand.export(r.net(), "npy", out.resolve("wc-export"));
            }
            res.put(model, s);
        }
        if (json) {
            Json.print(res);
        } else {
            System.out.println("MassODE quickstart on the bundled MNIST sample (" + (trainLimit > 0 ? trainLimit : 5000) + " train / 1000 test):");
            for (var e : res.entrySet()) {
                @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) e.getValue();
                System.out.printf("  %-4s accuracy %.4f  (%s epochs, %s s, %s parameters)%n", e.getKey(),
                        (Double) s.get("accuracy"), s.get("epochs"), s.get("seconds"), s.get("parameters"));
            }
            System.out.println("  WC model exported to " + out.resolve("wc-export") + " (NumPy) and " + out.resolve("wc"));
        }
        return 0;
    }
}
