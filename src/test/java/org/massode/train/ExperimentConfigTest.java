package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.massode.ode.Method;

class ExperimentConfigTest {

    @Test
    void shippedExperimentConfigsParse() {
        for (String name : new String[]{"mnist-wc", "fashion-mnist-wc", "mnist-mlp", "fashion-mnist-mlp", "mnist-hopfield"}) {
            ExperimentConfig c = ExperimentConfig.load(Path.of("experiments", name + ".yaml"));
            assertEquals(name, c.name());
        }
        assertEquals(Method.EULER, ExperimentConfig.load(Path.of("experiments/mnist-wc.yaml")).solver());
    }

    @Test
    void unknownKeyOrBadValueNamesTheKey() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("epochz", 3), "cfg.yaml"));
        assertTrue(e.getMessage().contains("cfg.yaml") && e.getMessage().contains("'epochz'"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("solver", "rk45"), "cfg.yaml"));
        assertTrue(e2.getMessage().contains("'solver'") && e2.getMessage().contains("rk45"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class,
                () -> ExperimentConfig.fromMap(Map.of("batch", -5), "cfg.yaml"));
        assertTrue(e3.getMessage().contains("'batch'") && e3.getMessage().contains("-5"), e3.getMessage());
    }
}
