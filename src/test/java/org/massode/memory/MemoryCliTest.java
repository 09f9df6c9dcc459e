package org.massode.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.massode.cli.Json;
import org.massode.cli.Main;

/** {@code memory retrieval|stability --json} print exactly one JSON object with the documented keys. */
class MemoryCliTest {
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
    void retrievalAndStabilityReportTheirNumbers() throws Exception {
        JsonNode r = runJson("memory", "retrieval", "--model", "idp", "--n", "60", "--patterns", "3", "--flip", "0.1",
                "--trials", "12", "--time", "10", "--seed", "2", "--json");
        assertEquals(12, r.get("trials").asInt());
        assertTrue(r.get("success_rate").asDouble() >= 0 && r.get("success_rate").asDouble() <= 1);
        assertTrue(r.has("mean_overlap"));
        JsonNode again = runJson("memory", "retrieval", "--model", "idp", "--n", "60", "--patterns", "3", "--flip",
                "0.1", "--trials", "12", "--time", "10", "--seed", "2", "--json");
        assertEquals(r.get("mean_overlap").asDouble(), again.get("mean_overlap").asDouble(), 0.0);
        JsonNode s = runJson("memory", "stability", "--model", "fr-ei", "--n", "40", "--patterns", "2", "--json");
        assertEquals(2, s.get("per_pattern").size());
        assertTrue(s.get("all_stable").asBoolean(), s.toString());
        assertEquals(2, Main.run("memory", "retrieval", "--model", "fr-ei", "--n", "40", "--flip", "1.5"));
    }
}
