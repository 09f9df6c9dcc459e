package org.massode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class DatasetConfigTest {

    @Test
    void bundledConfigsAreOnTheClasspathWithChecksumsMirrorsAndLicences() {
        for (String name : List.of("mnist", "fashion-mnist")) {
            DatasetConfig c = DatasetConfigYaml.load(name);
            assertEquals(name, c.name());
            assertEquals(List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                    "t10k-labels-idx1-ubyte"), c.fileNames());
            c.files().values().forEach(f -> {
                assertEquals(64, f.sha256().length());
                assertEquals(32, f.md5().length());
                assertTrue(f.size() > 0);
                assertTrue(f.urls().size() >= 2, "two mirrors for " + f.name());
            });
            assertTrue(!c.license().isEmpty() && !c.citation().isEmpty());
        }
        assertEquals("ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
                DatasetConfigYaml.load("mnist").files().get("train-images-idx3-ubyte").sha256());
        DatasetConfig cifar = DatasetConfigYaml.load("cifar10");
        assertEquals("c32a1d4ab5d03f1284b67883e8d87530", cifar.archive().md5());
        assertEquals(6, cifar.files().size());
        cifar.files().values().forEach(f -> assertEquals(30_730_000L, f.size()));
        DatasetConfig imdb = DatasetConfigYaml.load("imdb");
        assertEquals("325ab424eb6899870dd9294c6fe5be9265f66f8a2f63bcd941c6277cc1c17ea8",
                imdb.files().get("reviews.json").sha256());
        assertNotNull(imdb.archive());
    }

    @Test
    void unknownKeysAndBadValuesNameTheKey() {
        String base = "name: t\nfiles:\n  a.bin:\n    sha256: " + "ab".repeat(32) + "\n";
        var typo = assertThrows(IllegalArgumentException.class,
                () -> DatasetConfigYaml.parse(new Yaml().load(base.replace("sha256", "sha265")), "t.yaml"));
        assertTrue(typo.getMessage().contains("t.yaml") && typo.getMessage().contains("files.a.bin.sha265"),
                typo.getMessage());
        var badHex = assertThrows(IllegalArgumentException.class,
                () -> DatasetConfigYaml.parse(new Yaml().load(base.replace("ab".repeat(32), "xyz")), "t.yaml"));
        assertTrue(badHex.getMessage().contains("files.a.bin.sha256") && badHex.getMessage().contains("xyz"),
                badHex.getMessage());
        var top = assertThrows(IllegalArgumentException.class,
                () -> DatasetConfigYaml.parse(new Yaml().load(base + "mirror: x\n"), "t.yaml"));
        assertTrue(top.getMessage().contains("'mirror'"), top.getMessage());
        Map<String, Object> ok = new Yaml().load(base);
        assertEquals(List.of("t"), DatasetConfigYaml.parse(ok, "t.yaml").folders());
    }

    @Test
    void builderRejectsUnverifiableFilesAndArchives() {
        var noCheck = assertThrows(IllegalArgumentException.class,
                () -> DatasetConfig.builder("x").file("a", null, null, -1, List.of()).build());
        assertTrue(noCheck.getMessage().contains("files.a") && noCheck.getMessage().contains("sha256 or a size"));
        assertThrows(IllegalArgumentException.class,
                () -> DatasetConfig.builder("x").file("../a", null, null, 3, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> DatasetConfig.builder("x").file("a", null, null, 3, List.of("ftp://x/a.gz")));
        var archive = assertThrows(IllegalArgumentException.class, () -> DatasetConfig.builder("x")
                .archive("a.tar.gz", null, null, List.of("https://x/a.tar.gz"), "a"));
        assertTrue(archive.getMessage().contains("archive") && archive.getMessage().contains("md5"));
        assertThrows(IllegalArgumentException.class, () -> DatasetConfig.builder("x").build());
        assertThrows(IllegalArgumentException.class, () -> DatasetConfig.builder("Bad Name"));
    }
}
