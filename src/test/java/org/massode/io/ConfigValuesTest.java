package org.massode.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValuesTest {

    enum Shape { CIRCLE, SQUARE }

    private static final Set<String> KEYS = Set.of("n", "flag", "shape", "list", "name");

    private static ConfigValues values(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return new ConfigValues(m, "cfg.yaml", KEYS);
    }

    private static String error(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void aBadNumberNamesTheSourceTheKeyAndTheValue() {
        assertEquals("cfg.yaml: key 'n' has value 'ten', expected a number", error(() -> values("n", "ten").num("n", 1)));
        assertEquals("cfg.yaml: key 'n' has value '-2', expected a positive number",
                error(() -> values("n", -2).posDouble("n", 1)));
        assertEquals("cfg.yaml: key 'n' has value '-2', expected a number >= 0",
                error(() -> values("n", -2).nonNegDouble("n", 1)));
        for (Object bad : new Object[]{0, 2.5, 3e9}) {
            assertEquals("cfg.yaml: key 'n' has value '" + bad + "', expected a positive integer",
                    error(() -> values("n", bad).posInt("n", 1)));
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        assertEquals("cfg.yaml: key 'flag' has value 'yes', expected true or false",
                error(() -> values("flag", "yes").bool("flag", false)));
        assertEquals("cfg.yaml: key 'list' has value '7', expected a list of positive integers",
                error(() -> values("list", 7).intList("list", List.of())));
        assertEquals("cfg.yaml: key 'list' has value '[1, x]', expected a list of positive integers",
                error(() -> values("list", List.of(1, "x")).intList("list", List.of())));
        assertEquals("cfg.yaml: key 'list' has value '[]', expected a non-empty list of positive integers",
                error(() -> values("list", List.of()).nonEmptyIntList("list", List.of(1))));
    }

    @Test
    void absentOrEmptyKeysGiveTheDefaultAndGoodValuesAreConverted() {
        ConfigValues none = values("flag", null);
        assertEquals(7.5, none.num("n", 7.5));
        assertEquals(3, none.posInt("n", 3));
        assertTrue(none.bool("flag", true));
        assertEquals("x", none.str("name", "x"));
        assertEquals(Shape.SQUARE, none.enumValue("shape", Shape.class, Shape.SQUARE));
        assertEquals(List.of(4), none.nonEmptyIntList("list", List.of(4)));

        assertEquals(2.5, values("n", "2.5").num("n", 0));
        assertEquals(4, values("n", 4.0).posInt("n", 1));
        assertEquals(List.of(), values("list", List.of()).intList("list", List.of(1)));
        assertEquals(List.of(8, 6), values("list", List.of(8, 6)).nonEmptyIntList("list", List.of(1)));
        assertEquals(Shape.CIRCLE, values("shape", "Circle").enumValue("shape", Shape.class, Shape.SQUARE));
    }

    @Test
    void anUnknownEnumNameListsTheAcceptedNames() {
        assertEquals("cfg.yaml: key 'shape' has value 'hexagon', expected one of [circle, square]",
                error(() -> values("shape", "hexagon").enumValue("shape", Shape.class, Shape.CIRCLE)));
        assertEquals("cfg.yaml: key 'shape' has value 'hexagon', expected circle or square",
                error(() -> values("shape", "hexagon").enumValue("shape", Shape.class, Shape.CIRCLE,
                        "circle or square")));
    }

    @Test
    void anUnknownKeyIsRejectedWithTheKnownKeys() {
        assertEquals("cfg.yaml: unknown config key 'nn'; known keys: [flag, list, n, name, shape]",
                error(() -> values("nn", 1)));
    }

    @Test
    void aFileMustHoldAMapping(@TempDir Path dir) throws Exception {
        Path ok = Files.writeString(dir.resolve("ok.yaml"), "n: 3\nname: run\n");
        assertEquals(Map.of("n", 3, "name", "run"), ConfigValues.readMapping(ok));
        Path list = Files.writeString(dir.resolve("list.yaml"), "- 1\n- 2\n");
        assertEquals(list + ": expected a YAML mapping of keys", error(() -> ConfigValues.readMapping(list)));
        assertTrue(error(() -> ConfigValues.readMapping(dir.resolve("missing.yaml"))).startsWith("cannot read config "));
    }
}
