package org.massode.data;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Cuts the bundled MNIST sample: the first {@code nTrain} training and {@code nTest} test images and labels of an
 * MNIST folder, written as gzipped IDX files. The source folder is verified against {@code datasets-config/mnist.yaml}
 * first, so the sample is cut from the official data.
 *
 * <pre>
 * mvn -B -q -o compile
 * java -cp target/classes:$(cat cp.txt) org.massode.data.MnistSampleTool ../shared/datasets/mnist \
 *      src/main/resources/massode/mnist-sample 5000 1000
 * </pre>
 * (with {@code cp.txt} from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class MnistSampleTool {
    private MnistSampleTool() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: MnistSampleTool <mnist folder> <output folder> <n train> <n test>");
            System.exit(2);
        }
        Path src = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        Path dir = DatasetLocator.builder().dataDir(src).env(null).download(false).build()
                .locate(DatasetConfigYaml.load("mnist"));
        int[] n = {Integer.parseInt(args[2]), Integer.parseInt(args[3])};
        Split[] splits = {Split.TRAIN, Split.TEST};
        for (int s = 0; s < 2; s++) {
            String img = MnistData.imagesFile(splits[s]);
            String lab = MnistData.labelsFile(splits[s]);
            IdxWriter.writeImages(out.resolve(img + ".gz"), IdxReader.readImages(DatasetLocator.file(dir, img)), n[s]);
            IdxWriter.writeLabels(out.resolve(lab + ".gz"),
                    IdxReader.readLabels(DatasetLocator.file(dir, lab), MnistData.CLASSES), n[s]);
            System.err.println("wrote the first " + n[s] + " " + splits[s].name().toLowerCase() + " images to " + out);
        }
    }
}
