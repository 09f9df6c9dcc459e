package org.massode.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.cli.Main;

class ResultsReportTest {

    @Test
    void tableIsSplicedBetweenMarkersAndHandTextKept(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("trained-models/imdb-wc"));
        Files.createDirectories(root.resolve("experiments/logs"));
        Files.createDirectories(root.resolve("experiments/results"));
        Files.writeString(root.resolve("trained-models/imdb-wc/model-card.json"), "{\"name\":\"imdb-wc\",\"command\":\"cmd1\","
                + "\"config\":{\"model\":\"wc\"},\"results\":{\"dataset\":\"imdb\",\"accuracy\":0.8912,\"epochs\":3,"
                + "\"seconds\":100.4,\"parameters\":1234,\"train_examples\":24791}}");
        Files.writeString(root.resolve("experiments/logs/mnist-wc-short.json"), "{\"name\":\"mnist-wc-short\","
                + "\"dataset\":\"mnist\",\"model\":\"trained-models/mnist-wc-short/model.zip\",\"accuracy\":0.0448}");
        Files.writeString(root.resolve("experiments/mnist-wc-short.yaml"), "name: mnist-wc-short\ndataset: mnist\nmodel: wc\n");
        Files.writeString(root.resolve("experiments/cifar10-cnn-wc.yaml"), "name: cifar10-cnn-wc\ndataset: cifar10\nmodel: cnn-wc\n");
        Path readme = root.resolve("experiments/results/README.md");
        Files.writeString(readme, "# Results\nintro\n" + ResultsTable.BEGIN + "\nold\n" + ResultsTable.END + "\nhand text\n");

        List<ResultRow> rows = ResultsCollector.collect(root);
        assertEquals(3, rows.size());
        assertEquals(0, Main.run("report", "--root", root.toString()));
        String out = Files.readString(readme);
        assertTrue(out.startsWith("# Results\nintro\n") && out.endsWith("\nhand text\n"), out);
        assertTrue(!out.contains("\nold\n"), out);
        assertTrue(out.contains("| imdb | wc | imdb-wc | 89.12 % | 3 | 24,791 | 100 s | 1,234 | BERT&WC 87.46 %"), out);
        assertTrue(out.contains("| mnist | wc | mnist-wc-short | 4.48 %"), out);
        assertTrue(out.contains("| cifar10 | cnn-wc | cifar10-cnn-wc | not measured here"), out);
        assertTrue(out.contains("CNN&WC 85.39 %"), out);

        assertThrows(IllegalArgumentException.class, () -> ResultsTable.splice("a " + ResultsTable.BEGIN, "t"));
        assertTrue(ResultsTable.splice("hand\n", "t\n").startsWith("hand\n\n" + ResultsTable.BEGIN));
    }
}
