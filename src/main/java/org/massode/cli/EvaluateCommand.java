package org.massode.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.massode.data.MnistData;
import org.massode.data.Split;
import org.massode.train.ModelStore;
import org.massode.train.Trainer;
import org.nd4j.linalg.dataset.DataSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate --model <path>}: test accuracy of a saved model. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a saved model on a test split.")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model.zip or its folder")
    Path model;
    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist | fashion-mnist | mnist-sample")
    String dataset;
    @Option(names = "--data-dir")
    Path dataDir;
    @Option(names = "--limit", defaultValue = "0", description = "evaluate on the first N test images (0 = all)")
    int limit;
    @Option(names = "--batch", description = "evaluation batch size (default: the batch in the model card beside the"
            + " model, else 200); BLAS rounds differently per batch size, so the card's accuracy is reproduced with"
            + " the card's batch")
    Integer batch;
    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        MultiLayerNetwork net = ModelStore.load(model);
        DataSet test = MnistData.load(dataset, dataDir, Split.TEST, limit);
        double acc = Trainer.evaluate(net, test, batch != null ? batch : cardBatch());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("dataset", dataset);
        r.put("n", test.numExamples());
        r.put("accuracy", acc);
        r.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
        if (json) Json.print(r);
        else System.out.printf("%s: accuracy %.4f on %d test images%n", dataset, acc, test.numExamples());
        return 0;
    }

    private int cardBatch() {
        Path dir = Files.isDirectory(model) ? model : model.toAbsolutePath().getParent();
        Path card = dir == null ? null : dir.resolve(ModelStore.CARD);
        return card != null && Files.isRegularFile(card) ? ModelStore.batchFromCard(card).orElse(200) : 200;
    }
}
