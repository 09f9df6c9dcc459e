package org.massode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The benchmark commands on tiny shapes: one JSON object with the fields BENCHMARKS.md quotes, ratios consistent. */
class BenchCliTest {
    @Test
    void benchOdeReportsBothRatiosForEveryConfiguration() throws Exception {
        JsonNode r = CliRun.json("bench", "ode", "--nodes", "24", "--batch", "6", "--steps", "3", "--repeats", "3",
                "--json");
        double best = r.get("sgemm_gflops").asDouble();
        assertTrue(best >= r.get("sgemm_gflops_before").asDouble() && best >= r.get("sgemm_gflops_after").asDouble());
        assertEquals(6, r.get("runs").size());
        r.get("runs").fields().forEachRemaining(e -> {
            JsonNode run = e.getValue();
            double gflops = run.get("gflops").asDouble();
            double interleaved = run.get("sgemm_gflops_interleaved").asDouble();
            assertTrue(interleaved > 0 && interleaved <= best + 1e-3,
                    e.getKey() + ": the best sgemm covers all blocks");
            assertEquals(gflops / best, run.get("ratio").asDouble(), roundingError(gflops, best), e.getKey());
            assertEquals(gflops / interleaved, run.get("ratio_interleaved").asDouble(),
                    roundingError(gflops, interleaved), e.getKey());
            assertTrue(run.get("median_seconds").asDouble() >= run.get("seconds").asDouble(), e.getKey());
            assertTrue(run.get("ratio_paired_median").asDouble() > 0, e.getKey() + ": the paired median is reported");
        });
    }

    /**
     * How far g/s recomputed from the printed values may lie from the printed ratio: each of g, s and the ratio is
     * rounded to 0.001, which at these tiny shapes (g ≈ 0.3 GFLOP/s) moves g/s by a few tenths of a percent.
     */
    private static double roundingError(double g, double s) {
        return g / s * (0.0005 / g + 0.0005 / s) + 0.0005 + 1e-9;
    }

    @Test
    void benchWcStepReportsBestAndMedianIterationsAndBothRatios() throws Exception {
        JsonNode r = CliRun.json("bench", "wc-step", "--nodes", "24", "--batch", "6", "--steps", "3", "--repeats", "3",
                "--warmup", "0", "--json");
        assertTrue(r.get("median_seconds_per_iteration").asDouble() >= r.get("seconds_per_iteration").asDouble());
        assertTrue(r.get("median_ratio").asDouble() <= r.get("ratio").asDouble());
        assertNotEquals(0, r.get("sgemm_gflops").asDouble());
        double gflops = r.get("gflops").asDouble();
        double best = r.get("sgemm_gflops").asDouble();
        double interleaved = r.get("sgemm_gflops_interleaved").asDouble();
        assertTrue(best >= interleaved, "the best sgemm covers the interleaved blocks");
        assertEquals(gflops / best, r.get("ratio").asDouble(), roundingError(gflops, best));
        assertEquals(gflops / interleaved, r.get("ratio_interleaved").asDouble(), roundingError(gflops, interleaved));
        assertTrue(r.get("ratio_paired_median").asDouble() > 0, "the paired median is reported");
    }

    @Test
    void benchWcStepRefusesZeroRepeats() {
        assertNotEquals(0, Main.run("bench", "wc-step", "--nodes", "24", "--batch", "6", "--steps", "3",
                "--repeats", "0", "--warmup", "0", "--json"));
    }
}
