package org.massode.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.massode.cli.Json;
import org.massode.io.AtomicFiles;

/** Saves a trained model as {@code model.zip} (DL4J, with updater) and {@code model-card.json}, atomically. */
public final class ModelStore {
    public static final String MODEL = "model.zip";
    public static final String CARD = "model-card.json";

    private ModelStore() {
    }

    public static Map<String, Object> save(MultiLayerNetwork net, Path dir, ExperimentConfig cfg,
                                           Map<String, Object> results, String command) {
        Path zip = dir.resolve(MODEL);
        AtomicFiles.write(zip, out -> ModelSerializer.writeModel(net, out, true));
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("name", cfg.name());
        card.put("date", LocalDate.now().toString());
        card.put("command", command);
        card.put("config", cfg.toMap());
        card.put("results", results);
        card.put("model_file", MODEL);
        card.put("sha256", sha256(zip));
        card.put("framework", "Deeplearning4j 1.0.0-M2.1 (MultiLayerNetwork, ModelSerializer)");
        card.put("dataset_license", cfg.dataset().contains("fashion") ? "Fashion-MNIST: MIT (Zalando Research)"
                : "MNIST: Y. LeCun, C. Cortes, C. J. C. Burges, CC BY-SA 3.0");
        AtomicFiles.writeString(dir.resolve(CARD), Json.write(card) + "\n");
        return card;
    }

    public static MultiLayerNetwork load(Path model) {
        Path zip = Files.isDirectory(model) ? model.resolve(MODEL) : model;
        if (!Files.isRegularFile(zip)) throw new IllegalArgumentException("model file not found: " + zip);
        try {
            return ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + zip + ": " + e.getMessage(), e);
        }
    }

    /** The training configuration recorded in a model card (its "config" object), with errors naming the card. */
    @SuppressWarnings("unchecked")
    public static ExperimentConfig configFromCard(Path card) {
        Object cfg = readCard(card).get("config");
        if (!(cfg instanceof Map)) throw new IllegalArgumentException(card + ": no \"config\" object");
        return ExperimentConfig.fromMap((Map<String, Object>) cfg, card + " (config)");
    }

    /**
     * The training batch size recorded in a model card's "config", for any model kind (Wilson–Cowan, Hopfield or
     * hybrid cards alike); empty when the card has none.
     */
    public static java.util.OptionalInt batchFromCard(Path card) {
        Object batch = readCard(card).get("config") instanceof Map<?, ?> cfg ? cfg.get("batch") : null;
        return batch instanceof Number b && b.intValue() > 0 ? java.util.OptionalInt.of(b.intValue())
                : java.util.OptionalInt.empty();
    }

    private static Map<?, ?> readCard(Path card) {
        try {
            return new ObjectMapper().readValue(card.toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + card + ": " + e.getMessage(), e);
        }
    }

    public static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot hash " + file + ": " + e.getMessage(), e);
        }
    }
}
