package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.cli.CliRun;

/** {@code rhomm simulate | fit | sweep}: one JSON object, the promised files, and clear errors on bad input. */
class RhommCliTest {
    @Test
    void simulateThenFitWithTruthReportsEcMetricsAndWritesMatrix(@TempDir Path dir) throws Exception {
        CliRun.json("rhomm", "simulate", "--nodes", "12", "--topology", "ba", "--steps", "5000", "--seed", "3",
                "--out", dir.toString(), "--json");
        assertTrue(Files.size(dir.resolve("truth.csv")) > 0 && Files.size(dir.resolve("signals.csv")) > 0);
        JsonNode r = CliRun.json("rhomm", "fit", "--data", dir.resolve("signals.csv").toString(), "--truth",
                dir.resolve("truth.csv").toString(), "--lr", "10", "--max-epochs", "60", "--tolerance", "1e-4",
                "--out", dir.resolve("fit").toString(), "--json");
        for (String key : new String[]{"epochs", "converged", "loss", "ec_correlation", "ec_relative_error",
                "fc_correlation"}) {
            assertTrue(r.has(key), key + " missing from " + r);
        }
        assertTrue(r.get("ec_correlation").asDouble() > 0.8, r.toString());
        for (String f : new String[]{"ec.csv", "ec.npy", "ec.png", "fit.json"}) {
            assertTrue(Files.size(dir.resolve("fit").resolve(f)) > 0, f);
        }
        assertEquals(12, MatrixFiles.readSquare(dir.resolve("fit").resolve("ec.npy")).length);
    }

    @Test
    void truthOfAnotherSizeIsAnErrorNamingBothSizes(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("blp.csv");
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < 50; t++) b.append(Math.sin(t)).append(',').append(Math.cos(t * 1.3)).append(',')
                .append(Math.sin(t * 0.7)).append('\n');
        Files.writeString(data, b.toString());
        MatrixFiles.writeCsv(dir.resolve("truth.csv"), new double[4][4]);
        CliRun r = CliRun.of("rhomm", "fit", "--data", data.toString(), "--truth", dir.resolve("truth.csv").toString(),
                "--out", dir.resolve("o").toString(), "--json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("4 × 4") && r.err().contains("3 regions"), r.err());
        Files.writeString(data, "1,2\n3,4\n5,oops\n");
        CliRun bad = CliRun.of("rhomm", "fit", "--data", data.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("blp.csv") && bad.err().contains("line 3"), bad.err());
    }

    @Test
    void sweepWritesTableIntervalsAndFigures(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "nodes: [8]\ntopologies: [er, modular]\nnormalizations: [none, l1]\nbias: [false]\n"
                + "learning_rates: [3, 30]\nsteps: 2000\nmax_epochs: 30\n");
        JsonNode r = CliRun.json("rhomm", "sweep", "--config", yaml.toString(), "--out", dir.resolve("o").toString(),
                "--json");
        assertEquals(8, r.get("fits").asInt());
        assertEquals(9, Files.readAllLines(dir.resolve("o").resolve("sweep.csv")).size());
        for (String f : new String[]{"intervals.csv", "intervals.md", "claim.csv", "ec-error-er-nobias.png",
                "epochs-modular-nobias.png"}) {
            assertTrue(Files.size(dir.resolve("o").resolve(f)) > 0, f);
        }
        Files.writeString(yaml, "nodes: [8]\nlearnin_rates: [1]\n");
        CliRun bad = CliRun.of("rhomm", "sweep", "--config", yaml.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown key 'learnin_rates'"), bad.err());
    }
}
