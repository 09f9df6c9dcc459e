package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepRunnerTest {

    @Test
    void rowsDoNotDependOnTheNumberOfThreads() throws Exception {
        Path cfg = Files.createTempFile("sweep", ".yaml");
        Files.writeString(cfg, String.join("\n", "nodes: [12, 16]", "topologies: [er, ws]",
                "normalizations: [none, l1]", "bias: [false]", "learning_rates: [3, 10]", "steps: 2000",
                "seed: 3", "max_epochs: 20", ""));
        try {
            SweepConfig c = SweepConfig.load(cfg);
            List<SweepRow> one = new SweepRunner(c, m -> { }, 1).run().rows();
            List<SweepRow> two = new SweepRunner(c, m -> { }, 2).run().rows();
            assertEquals(16, one.size());
            for (int i = 0; i < one.size(); i++) {
                // everything but the wall time of the fit
                assertEquals(one.get(i).csv().replaceAll(",[^,]*$", ""), two.get(i).csv().replaceAll(",[^,]*$", ""));
            }
        } finally {
            Files.deleteIfExists(cfg);
        }
    }
}
