package org.massode.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A MassODE command run in-process for the CLI tests: its exit code, stdout and stderr. */
public record CliRun(int code, String out, String err) {

    /** Runs {@code massode args…} with stdout and stderr captured. */
    public static CliRun of(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    /** The one JSON value a successful {@code --json} run printed; fails the test on another exit code or output. */
    public JsonNode json() throws Exception {
        assertEquals(0, code, err);
        var parser = Json.mapper().getFactory().createParser(out);
        JsonNode node = Json.mapper().readTree(parser);
        assertTrue(parser.nextToken() == null, "more than one JSON value on stdout: " + out);
        return node;
    }

    /** {@code of(args).json()}. */
    public static JsonNode json(String... args) throws Exception {
        return of(args).json();
    }
}
