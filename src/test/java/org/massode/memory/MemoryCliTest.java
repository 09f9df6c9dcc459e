package org.massode.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.massode.cli.CliRun;
import org.massode.cli.Main;

/** {@code memory retrieval|stability --json} print exactly one JSON object with the documented keys. */
class MemoryCliTest {
    @Test
    void retrievalAndStabilityReportTheirNumbers() throws Exception {
        JsonNode r = CliRun.json("memory", "retrieval", "--model", "idp", "--n", "60", "--patterns", "3", "--flip",
                "0.1", "--trials", "12", "--time", "10", "--seed", "2", "--json");
        assertEquals(12, r.get("trials").asInt());
        assertTrue(r.get("success_rate").asDouble() >= 0 && r.get("success_rate").asDouble() <= 1);
        assertTrue(r.has("mean_overlap"));
        JsonNode again = CliRun.json("memory", "retrieval", "--model", "idp", "--n", "60", "--patterns", "3", "--flip",
                "0.1", "--trials", "12", "--time", "10", "--seed", "2", "--json");
        assertEquals(r.get("mean_overlap").asDouble(), again.get("mean_overlap").asDouble(), 0.0);
        JsonNode s = CliRun.json("memory", "stability", "--model", "fr-ei", "--n", "40", "--patterns", "2", "--json");
        assertEquals(2, s.get("per_pattern").size());
        assertTrue(s.get("all_stable").asBoolean(), s.toString());
        assertEquals(2, Main.run("memory", "retrieval", "--model", "fr-ei", "--n", "40", "--flip", "1.5"));
    }
}
