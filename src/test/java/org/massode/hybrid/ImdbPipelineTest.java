package org.massode.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.data.DatasetConfigYaml;
import org.massode.data.DatasetLocator;
import org.massode.data.imdb.ImdbData;
import org.massode.train.ModelStore;

/** The IMDB text + Wilson–Cowan pipeline end to end on 500 training and 500 test reviews of the real file. */
class ImdbPipelineTest {

    @Test
    void fiveHundredReviewsTrainEvaluateAndSave(@TempDir Path tmp) throws Exception {
        String env = System.getenv("MASSODE_DATA");
        Path root = env != null && !env.isBlank() ? Paths.get(env) : Paths.get("..", "shared", "datasets");
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("imdb")), "skipped: real data folder "
                + root.toAbsolutePath().resolve("imdb") + " is absent (set MASSODE_DATA)");
        ImdbData.Splits s = ImdbData.load(DatasetLocator.builder().dataDir(root).env(null).home(tmp.resolve("home"))
                .download(false).build(), DatasetConfigYaml.load("imdb"));
        Map<String, Object> m = new HashMap<>(Map.of("name", "imdb-wc-500", "dataset", "imdb", "model", "wc",
                "maxFeatures", 3000, "nodes", 32, "epochs", 6, "batch", 25, "lr", 0.01));
        m.put("trainLimit", 500);
        m.put("testLimit", 500);
        HybridConfig c = HybridConfig.fromMap(m, "test");
        HybridData d = HybridData.imdb(c, s);
        assertEquals(500, d.trainSize());
        assertEquals(3000, d.inputColumns());
        HybridTrainer.Result r = HybridTrainer.run(c, d, tmp, "test");
        // 500 reviews are too few for a good model; the point is that every stage runs and the result is sane
        assertTrue(r.testAccuracy() > 0.6 && r.testAccuracy() <= 1, "accuracy " + r.testAccuracy());
        assertTrue(Files.size(tmp.resolve(ModelStore.MODEL)) > 0);
        String card = Files.readString(tmp.resolve(ModelStore.CARD));
        assertTrue(card.contains("\"maxFeatures\" : 3000") && card.contains("Maas"), card);
        assertEquals(7, Files.readAllLines(tmp.resolve("metrics.csv")).size());
    }
}
