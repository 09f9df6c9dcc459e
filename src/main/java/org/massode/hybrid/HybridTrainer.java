package org.massode.hybrid;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.massode.cli.Json;
import org.massode.io.AtomicFiles;
import org.massode.train.Augmentation;
import org.massode.train.LrDecay;
import org.massode.train.ModelStore;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link HybridConfig} with DL4J's fit/evaluate over iterators (the data may be sparse TF-IDF rows densified
 * per batch, so nothing assumes an in-memory DataSet), logs progress to stderr, and writes {@code metrics.csv} after
 * every epoch and {@code model.zip} + {@code model-card.json} at the end, all atomically.
 */
public final class HybridTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(HybridTrainer.class);

    private HybridTrainer() {
    }

    /** What a run produced. */
    public record Result(MultiLayerNetwork net, double testAccuracy, int epochs, double seconds,
                         Map<String, Object> summary) {
    }

    /** Trains and evaluates; with {@code out} non-null saves metrics, model and card there. */
    public static Result run(HybridConfig c, HybridData data, Path out, String command) {
        long t0 = System.nanoTime();
        long iterations = LrDecay.iterations(c.epochs(), data.trainSize(), c.batch());
        MultiLayerNetwork net = HybridModels.build(c, data.inputColumns(), iterations);
        // MNIST-family images: `augment` = random translations of up to 2 pixels, `flip` = horizontal mirroring with
        // probability 1/2 (CIFAR-10 crops and flips in its iterator instead), seeded by the config's seed
        boolean images = !c.text() && !c.dataset().equals("cifar10");
        Augmentation augmentation = new Augmentation(c.augment() && images ? 2 : 0, c.flip() && images, 0);
        Augmentation.Applied augment = augmentation.isNone() ? null : augmentation.forWidth(data.inputColumns());
        Random rng = new Random(c.seed() ^ 0x5DEECE66DL);
        LOG.info("{}: {} on {} ({} train / {} test, {} inputs), {} parameters", c.name(), c.model(), c.dataset(),
                data.trainSize(), data.testSize(), data.inputColumns(), net.numParams());
        StringBuilder csv = new StringBuilder("epoch,mean_loss,test_accuracy,seconds\n");
        double acc = Double.NaN;
        for (int epoch = 1; epoch <= c.epochs(); epoch++) {
            double loss = epoch(net, data.train(), epoch, c.epochs(), augment, rng);
            acc = accuracy(net, data.test());
            double secs = (System.nanoTime() - t0) / 1e9;
            LOG.info("epoch {}: mean loss {}, test accuracy {} ({} s)", epoch, String.format("%.5f", loss),
                    String.format("%.4f", acc), String.format("%.0f", secs));
            csv.append(epoch).append(',').append(loss).append(',').append(acc).append(',')
                    .append(String.format("%.1f", secs)).append('\n');
            if (out != null) AtomicFiles.writeString(out.resolve("metrics.csv"), csv.toString());
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", c.name());
        s.put("dataset", c.dataset());
        s.put("model", c.model());
        s.put("accuracy", acc);
        s.put("epochs", c.epochs());
        s.put("seconds", Math.round(secs * 10) / 10.0);
        s.put("parameters", net.numParams());
        s.put("train_examples", data.trainSize());
        s.put("test_examples", data.testSize());
        s.put("data", data.source());
        if (out != null) save(net, c, s, out, command);
        return new Result(net, acc, c.epochs(), secs, s);
    }

    private static double epoch(MultiLayerNetwork net, DataSetIterator train, int epoch, int epochs,
                                Augmentation.Applied augment, Random rng) {
        train.reset();
        long start = System.nanoTime();
        double sum = 0;
        int batches = 0;
        while (train.hasNext()) {
            DataSet batch = train.next();
            if (augment != null) {
                float[][] rows = batch.getFeatures().toFloatMatrix();
                augment.apply(rows, rng);
                batch = new DataSet(Nd4j.createFromArray(rows), batch.getLabels());
            }
            net.fit(batch);
            double loss = net.score();
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException("loss became " + loss + " at epoch " + epoch + ", batch " + (batches + 1)
                        + "; lower the learning rate");
            }
            sum += loss;
            batches++;
            if (batches % 50 == 0) {
                LOG.info("epoch {}/{} batch {} mean loss {} ({} s)", epoch, epochs, batches,
                        String.format("%.5f", sum / batches), String.format("%.0f", (System.nanoTime() - start) / 1e9));
            }
        }
        return sum / Math.max(1, batches);
    }

    /** DL4J's Evaluation accuracy over the whole iterator (reset first). */
    public static double accuracy(MultiLayerNetwork net, DataSetIterator test) {
        test.reset();
        return net.evaluate(test).accuracy();
    }

    private static void save(MultiLayerNetwork net, HybridConfig c, Map<String, Object> summary, Path dir,
                             String command) {
        Path zip = dir.resolve(ModelStore.MODEL);
        AtomicFiles.write(zip, o -> ModelSerializer.writeModel(net, o, true));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("name", c.name());
        card.put("date", java.time.LocalDate.now().toString());
        card.put("command", command);
        card.put("config", c.toMap());
        card.put("results", summary);
        card.put("model_file", ModelStore.MODEL);
        card.put("sha256", ModelStore.sha256(zip));
        card.put("framework", "Deeplearning4j 1.0.0-M2.1 (MultiLayerNetwork, ModelSerializer)");
        if (c.text()) {
            // the vectorizer is not stored: it is refitted deterministically from the training half by the same command
            card.put("features", "TF-IDF refitted from the training split at load time; see config");
        }
        card.put("dataset_license", license(c.dataset()));
        AtomicFiles.writeString(dir.resolve(ModelStore.CARD), Json.write(card) + "\n");
    }

    static String license(String dataset) {
        return switch (dataset) {
            case "imdb" -> "IMDB Large Movie Review Dataset: A. L. Maas et al., ACL 2011 (research use)";
            case "fashion-mnist" -> "Fashion-MNIST: MIT (Zalando Research)";
            case "cifar10" -> "CIFAR-10: A. Krizhevsky, 2009";
            default -> "MNIST: Y. LeCun, C. Cortes, C. J. C. Burges, CC BY-SA 3.0";
        };
    }
}
