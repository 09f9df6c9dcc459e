package org.massode.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.cli.Json;
import org.massode.cli.Main;

/** The {@code meanfield} commands print exactly one JSON object with {@code --json} and write their files. */
class MeanfieldCliTest {
    private static JsonNode runJson(String... args) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        var parser = Json.mapper().getFactory().createParser(out);
        JsonNode node = Json.mapper().readTree(parser);
        assertTrue(parser.nextToken() == null, "more than one JSON value on stdout: " + out);
        return node;
    }

    @Test
    void solveReportsIterationsResidualsSecondsAndWritesCsv(@TempDir Path dir) throws Exception {
        JsonNode r = runJson("meanfield", "solve", "--J", "2", "--horizon", "1", "--dt", "0.05", "--samples", "500",
                "--seed", "4", "--out", dir.toString(), "--plots", "--json");
        int iterations = r.get("iterations").asInt();
        assertTrue(iterations >= 1);
        assertEquals(iterations, r.get("residuals").size());
        assertTrue(r.get("seconds").asDouble() > 0);
        for (String f : new String[]{"moments.csv", "covariance.csv", "iterations.csv", "moments.png"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        assertEquals(22, Files.readAllLines(dir.resolve("moments.csv")).size()); // header + 21 grid points
        JsonNode again = runJson("meanfield", "solve", "--J", "2", "--horizon", "1", "--dt", "0.05", "--samples",
                "500", "--seed", "4", "--json");
        assertEquals(r.get("m_T").asDouble(), again.get("m_T").asDouble(), 0.0);
    }

    @Test
    void networkAndCompareReportTheirNumbers() throws Exception {
        JsonNode n = runJson("meanfield", "network", "--N", "100", "--realizations", "2", "--horizon", "1", "--dt",
                "0.05", "--json");
        assertEquals(2, n.get("m_T").size());
        assertEquals(0.1, n.get("coupling_std_expected").asDouble(), 1e-12); // σ/√N = 1/√100
        JsonNode c = runJson("meanfield", "compare", "--N", "50,200", "--realizations", "2", "--horizon", "1",
                "--dt", "0.05", "--samples", "2000", "--json");
        assertEquals(2, c.get("distances").size());
        assertTrue(Double.isFinite(c.get("slope_m").asDouble()));
        assertTrue(c.get("mean_field").get("iterations").asInt() >= 1);
    }
}
