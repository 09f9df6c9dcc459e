package org.massode.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.massode.io.AtomicFiles;
import org.massode.train.ModelStore;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --model <path> --format dl4j|npy --out <dir>}: every parameter as .npy plus a JSON card, or the zip. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export a trained model (DL4J zip or NumPy).")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--model", required = true)
    Path model;
    @Option(names = "--format", defaultValue = "npy", description = "dl4j | npy")
    String format;
    @Option(names = "--out", required = true)
    Path out;
    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        MultiLayerNetwork net = ModelStore.load(model);
        Map<String, Object> card = export(net, format, out);
        if (json) Json.print(card);
        else System.out.println("exported " + card.get("files") + " to " + out);
        return 0;
    }

    public static Map<String, Object> export(MultiLayerNetwork net, String format, Path out) throws Exception {
        Files.createDirectories(out);
        Map<String, Object> card = new LinkedHashMap<>();
        Map<String, Object> files = new LinkedHashMap<>();
        if (format.equals("dl4j")) {
            AtomicFiles.write(out.resolve(ModelStore.MODEL), o -> ModelSerializer.writeModel(net, o, true));
            files.put(ModelStore.MODEL, net.numParams());
        } else if (format.equals("npy")) {
            for (Layer layer : net.getLayers()) {
                for (Map.Entry<String, INDArray> e : layer.paramTable().entrySet()) {
                    String name = "layer" + layer.getIndex() + "_" + e.getKey() + ".npy";
                    byte[] bytes = Nd4j.toNpyByteArray(e.getValue().dup());
                    AtomicFiles.write(out.resolve(name), o -> o.write(bytes));
                    files.put(name, e.getValue().shape());
                }
            }
        } else {
            throw new IllegalArgumentException("--format must be dl4j or npy, got '" + format + "'");
        }
        card.put("format", format);
        card.put("parameters", net.numParams());
        card.put("layers", net.getLayers().length);
        card.put("files", files);
        card.put("configuration", net.getLayerWiseConfigurations().toJson().length() > 0 ? "configuration.json" : null);
        AtomicFiles.writeString(out.resolve("configuration.json"), net.getLayerWiseConfigurations().toJson());
        AtomicFiles.writeString(out.resolve("export-card.json"), Json.write(card) + "\n");
        return card;
    }
}
