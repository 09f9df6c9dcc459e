package org.massode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.train.ExperimentConfig;
import org.massode.train.ProgressMode;
import org.massode.train.TrainOptions;
import org.massode.train.Trainer;
import org.massode.train.TrainingUi;

/**
 * Opens DL4J's training UI in headless Chromium while a short training runs with the UI attached, and checks that the
 * overview page's score chart (a flot plot in {@code #scoreiterchart}) holds the scores of the iterations done.
 * Skipped, saying why, only when no Chromium is installed ({@code .ci/run} installs the Debian package when it can).
 */
class TrainingUiBrowserTest {
    private static final String SCORES = "(function(){var p=$('#scoreiterchart').data('plot');"
            + "if(!p)return null;var d=p.getData()[0].data;return d.map(function(x){return x[1];});})()";

    @Test
    void theScoreChartShowsTheTrainingScores(@TempDir Path tmp) throws Exception {
        Path chromium = HeadlessChromium.find();
        Assumptions.assumeTrue(chromium != null, "no Chromium found (PATH: chromium, chromium-browser, "
                + "google-chrome; or MASSODE_CHROMIUM): the DL4J UI browser test is skipped. Install it with "
                + "`apt-get install chromium` (.ci/run does this when apt-get is available).");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ExperimentConfig cfg = ExperimentConfig.fromMap(Map.of("model", "mlp", "dataset", "mnist-sample",
                "hidden", List.of(16), "epochs", 4, "batch", 50, "lr", 0.003, "trainLimit", 500, "testLimit", 100),
                "ui-test");
        try (TrainingUi ui = TrainingUi.start(port)) {
            TrainOptions opts = TrainOptions.builder().progress(ProgressMode.NONE).evalLimit(100).batchDelayMs(100)
                    .listener(ui.listener()).build();
            CompletableFuture<Trainer.Result> training =
                    CompletableFuture.supplyAsync(() -> new Trainer(cfg, null, opts).run(null));
            JsonNode scores = null;
            try (HeadlessChromium browser = new HeadlessChromium(chromium, ui.url(), tmp.resolve("profile"))) {
                long deadline = System.nanoTime() + 40_000_000_000L;
                // the page polls the server every few seconds; wait until it has drawn at least 5 iterations
                while (System.nanoTime() < deadline) {
                    scores = browser.evaluate(SCORES);
                    if (scores != null && scores.isArray() && scores.size() >= 5) break;
                    Thread.sleep(500);
                }
                assertTrue(scores != null && scores.isArray() && scores.size() >= 5,
                        "score chart data in the browser: " + scores);
                for (JsonNode v : scores) assertTrue(v.isNumber() && v.asDouble() > 0 && v.asDouble() < 10, "score " + v);
                assertEquals("overview", browser.evaluate("location.pathname.split('/').pop()").asText());
            }
            Trainer.Result r = training.get();
            assertEquals(4, r.metrics().size());
        }
    }
}
