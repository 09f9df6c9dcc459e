package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.cli.Main;

/**
 * The acceptance test of resume: a child JVM trains a tiny MLP on the bundled sample, is killed with SIGKILL in the
 * middle of epoch 3, and {@code train --resume} finishes the run. It must end with the same accuracy (and the same
 * metrics) as an uninterrupted run with the same seed, and retrain only the interrupted epoch.
 */
class ResumeAfterSigkillTest {
    private static final int EPOCHS = 4;
    private static final int KILL_EPOCH = 3;

    @Test
    void aRunKilledMidEpochResumesToTheSameResult(@TempDir Path tmp) throws Exception {
        Path cfg = TinyRun.write(TinyRun.mlp(EPOCHS, 11), tmp.resolve("tiny.yaml"));
        Path killed = tmp.resolve("killed");
        Path reference = tmp.resolve("reference");

        List<String> log = runChildUntilKilled(cfg, killed);
        CheckpointStore store = new CheckpointStore(killed, 3);
        assertEquals(killed.resolve("checkpoints/epoch-0002.zip"), store.latestFile(),
                "the child was killed during epoch " + KILL_EPOCH + ", after epoch 2's checkpoint; log:\n" + log);
        assertFalse(Files.exists(killed.resolve("model.zip")), "the killed run must not have finished");

        assertEquals(0, Main.run("train", "--resume", killed.toString(), "--progress", "none", "--eval-limit", "300",
                "--no-plots"));
        assertEquals(0, Main.run("train", "--config", cfg.toString(), "--out", reference.toString(), "--progress",
                "none", "--eval-limit", "300", "--no-plots"));

        Map<?, ?> resumed = results(killed);
        Map<?, ?> uninterrupted = results(reference);
        double a = ((Number) resumed.get("accuracy")).doubleValue();
        double b = ((Number) uninterrupted.get("accuracy")).doubleValue();
        assertEquals(b, a, 0.001, "final test accuracy after kill + resume vs uninterrupted");
        assertEquals(KILL_EPOCH, ((Number) resumed.get("first_epoch_trained")).intValue(),
                "only the interrupted epoch is repeated");
        List<EpochMetrics> mk = MetricsCsv.read(killed.resolve(MetricsCsv.FILE));
        List<EpochMetrics> mr = MetricsCsv.read(reference.resolve(MetricsCsv.FILE));
        assertEquals(EPOCHS, mk.size());
        for (int i = 0; i < EPOCHS; i++) assertEquals(mr.get(i).withoutTime(), mk.get(i).withoutTime(), "epoch " + (i + 1));
    }

    /** Starts {@code train} in a child JVM and SIGKILLs it after batch 4 of epoch 3 was logged. */
    private static List<String> runChildUntilKilled(Path cfg, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.massode.cli.Main", "train", "--config", cfg.toString(), "--out", out.toString(), "--progress",
                "log", "--log-every", "1", "--eval-limit", "300", "--no-plots", "--batch-delay-ms", "80");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> log = new ArrayList<>();
        String mark = "epoch " + KILL_EPOCH + "/" + EPOCHS + " batch 4/12";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                log.add(line);
                if (line.contains(mark)) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no chance to write anything
                    break;
                }
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        if (log.stream().noneMatch(l -> l.contains(mark))) fail("the child never reached '" + mark + "':\n" + log);
        assertEquals(137, p.exitValue(), "exit status of a SIGKILLed process");
        return log;
    }

    private static Map<?, ?> results(Path run) throws Exception {
        Map<?, ?> card = new ObjectMapper().readValue(run.resolve(ModelStore.CARD).toFile(), Map.class);
        assertTrue(card.get("results") instanceof Map, "model card has results");
        return (Map<?, ?>) card.get("results");
    }
}
