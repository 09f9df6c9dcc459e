package org.massode.meanfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.cli.CliRun;

/** The {@code meanfield} commands print exactly one JSON object with {@code --json} and write their files. */
class MeanfieldCliTest {
    @Test
    void solveReportsIterationsResidualsSecondsAndWritesCsv(@TempDir Path dir) throws Exception {
        JsonNode r = CliRun.json("meanfield", "solve", "--J", "2", "--horizon", "1", "--dt", "0.05", "--samples", "500",
                "--seed", "4", "--out", dir.toString(), "--plots", "--json");
        int iterations = r.get("iterations").asInt();
        assertTrue(iterations >= 1);
        assertEquals(iterations, r.get("residuals").size());
        assertTrue(r.get("seconds").asDouble() > 0);
        for (String f : new String[]{"moments.csv", "covariance.csv", "iterations.csv", "moments.png"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        assertEquals(22, Files.readAllLines(dir.resolve("moments.csv")).size()); // header + 21 grid points
        JsonNode again = CliRun.json("meanfield", "solve", "--J", "2", "--horizon", "1", "--dt", "0.05", "--samples",
                "500", "--seed", "4", "--json");
        assertEquals(r.get("m_T").asDouble(), again.get("m_T").asDouble(), 0.0);
    }

    @Test
    void networkAndCompareReportTheirNumbers() throws Exception {
        JsonNode n = CliRun.json("meanfield", "network", "--N", "100", "--realizations", "2", "--horizon", "1", "--dt",
                "0.05", "--json");
        assertEquals(2, n.get("m_T").size());
        assertEquals(0.1, n.get("coupling_std_expected").asDouble(), 1e-12); // σ/√N = 1/√100
        JsonNode c = CliRun.json("meanfield", "compare", "--N", "50,200", "--realizations", "2", "--horizon", "1",
                "--dt", "0.05", "--samples", "2000", "--json");
        assertEquals(2, c.get("distances").size());
        assertTrue(Double.isFinite(c.get("slope_m").asDouble()));
        assertTrue(c.get("mean_field").get("iterations").asInt() >= 1);
    }
}
