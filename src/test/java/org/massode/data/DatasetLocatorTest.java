package org.massode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLocatorTest {
    private static final byte[] A = "alpha\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] B = "beta beta\n".getBytes(StandardCharsets.UTF_8);

    private static DatasetConfig.Builder toy() {
        return DatasetConfig.builder("toy")
                .file("a.txt", Checksums.digest(A, "SHA-256"), null, A.length, List.of())
                .file("b.txt", Checksums.digest(B, "SHA-256"), null, -1, List.of());
    }

    private static void fill(Path dir) {
        TestData.write(dir.resolve("a.txt.gz"), A);
        TestData.write(dir.resolve("b.txt"), B);
    }

    @Test
    void searchOrderIsDataDirThenEnvThenHomeAndAcceptsFilesDirectly(@TempDir Path t) {
        Path flag = t.resolve("flag");
        Path env = t.resolve("env");
        Path home = t.resolve("home");
        fill(env.resolve("toy"));
        fill(home.resolve(".massode/datasets/toy"));
        DatasetConfig cfg = toy().build();
        DatasetLocator.Builder b = DatasetLocator.builder().env(env.toString()).home(home).download(false);
        assertEquals(env.resolve("toy"), b.dataDir(flag).build().locate(cfg), "missing --data-dir falls through");
        fill(flag); // the files directly in the --data-dir folder
        assertEquals(flag, b.dataDir(flag).build().locate(cfg));
        assertEquals(home.resolve(".massode/datasets/toy"), DatasetLocator.builder().env(null).home(home)
                .download(false).build().locate(cfg));
        assertEquals(List.of(flag.resolve("toy"), flag, env.resolve("toy"), env, home.resolve(".massode/datasets/toy"),
                home.resolve(".massode/datasets")), b.dataDir(flag).build().candidates(cfg));
    }

    @Test
    void missingDatasetNamesEveryFolderSearchedAndEveryFileExpected(@TempDir Path t) {
        Path flag = t.resolve("flag");
        TestData.write(flag.resolve("toy/a.txt"), A); // incomplete: b.txt is missing
        var e = assertThrows(DatasetNotFoundException.class, () -> DatasetLocator.builder().dataDir(flag)
                .env(t.resolve("env").toString()).home(t.resolve("home")).download(false).build().locate(toy().build()));
        for (String s : List.of(flag.resolve("toy").toString(), t.resolve("env").toString(),
                t.resolve("home/.massode/datasets/toy").toString(), "a.txt", "b.txt", "--data-dir", "MASSODE_DATA")) {
            assertTrue(e.getMessage().contains(s), "message lacks " + s + ": " + e.getMessage());
        }
    }

    @Test
    void checksumMismatchNamesTheFileAndBothHashes(@TempDir Path t) {
        Path dir = t.resolve("d/toy");
        TestData.write(dir.resolve("a.txt.gz"), A);
        TestData.write(dir.resolve("b.txt"), "gamma!!!!\n".getBytes(StandardCharsets.UTF_8));
        var e = assertThrows(ChecksumMismatchException.class, () -> DatasetLocator.builder().dataDir(t.resolve("d"))
                .env(null).home(t.resolve("home")).download(false).build().locate(toy().build()));
        String expected = Checksums.digest(B, "SHA-256");
        assertTrue(e.getMessage().contains(dir.resolve("b.txt").toString()) && e.getMessage().contains(expected)
                && e.getMessage().contains(e.actual()) && !e.actual().equals(expected), e.getMessage());
        // a wrong size is caught before any hashing, with both sizes
        TestData.write(dir.resolve("b.txt"), B);
        TestData.write(dir.resolve("a.txt.gz"), "alp\n".getBytes(StandardCharsets.UTF_8));
        var s = assertThrows(DataFileException.class, () -> DatasetLocator.builder().dataDir(t.resolve("d"))
                .env(null).home(t.resolve("home")).download(false).build().locate(toy().build()));
        assertTrue(s.getMessage().contains("a.txt.gz") && s.getMessage().contains("expected 6 bytes")
                && s.getMessage().contains("found 4"), s.getMessage());
    }

    @Test
    void verificationIsCachedUntilTheFileChanges(@TempDir Path t) throws Exception {
        Path dir = t.resolve("d/toy");
        fill(dir);
        VerificationCache cache = new VerificationCache(t.resolve("cache"));
        DatasetLocator loc = DatasetLocator.builder().dataDir(t.resolve("d")).env(null).home(t.resolve("home"))
                .download(false).verificationCache(cache).build();
        String sha = Checksums.digest(B, "SHA-256");
        assertFalse(cache.isVerified(dir.resolve("b.txt"), sha));
        loc.locate(toy().build());
        assertTrue(cache.isVerified(dir.resolve("b.txt"), sha));
        assertFalse(cache.isVerified(dir.resolve("b.txt"), "0".repeat(64)), "keyed by the expected checksum too");
        // same size, new content and mtime: the cache no longer vouches for it and the mismatch is found
        Files.write(dir.resolve("b.txt"), "BETA BETA\n".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(dir.resolve("b.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertFalse(cache.isVerified(dir.resolve("b.txt"), sha));
        assertThrows(ChecksumMismatchException.class, () -> loc.locate(toy().build()));
    }

    @Test
    void downloadsFromMirrorsVerifyBeforeUseAndSkipBadMirrors(@TempDir Path t) throws Exception {
        Path mirror = t.resolve("mirror");
        TestData.write(mirror.resolve("a.txt.gz"), A);
        TestData.write(mirror.resolve("b.txt.gz"), B);
        TestData.write(mirror.resolve("bad/b.txt.gz"), "not beta\n".getBytes(StandardCharsets.UTF_8));
        DatasetConfig cfg = DatasetConfig.builder("toy")
                .file("a.txt", Checksums.digest(A, "SHA-256"), null, -1, List.of(mirror.resolve("a.txt.gz").toUri().toString()))
                .file("b.txt", Checksums.digest(B, "SHA-256"), null, -1, List.of(
                        mirror.resolve("bad/b.txt.gz").toUri().toString(), mirror.resolve("b.txt.gz").toUri().toString()))
                .build();
        Path home = t.resolve("home");
        Path dir = DatasetLocator.builder().env(null).home(home).build().locate(cfg);
        assertEquals(home.resolve(".massode/datasets/toy"), dir);
        assertEquals("beta beta\n", new String(Compression.readAll(dir.resolve("b.txt.gz")), StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.txt.gz", "b.txt.gz"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary files left behind");
        }
        // only a bad mirror: the error names it and the checksum problem, and nothing is left in place
        DatasetConfig badOnly = DatasetConfig.builder("toy2")
                .file("b.txt", Checksums.digest(B, "SHA-256"), null, -1, List.of(mirror.resolve("bad/b.txt.gz").toUri().toString()))
                .build();
        var e = assertThrows(DatasetNotFoundException.class,
                () -> DatasetLocator.builder().env(null).home(home).build().locate(badOnly));
        assertTrue(e.getMessage().contains("bad/b.txt.gz") && e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertFalse(Files.exists(home.resolve(".massode/datasets/toy2/b.txt.gz")));
    }

    @Test
    void archivesAreVerifiedByMd5AndExtractedIntoPlace(@TempDir Path t) throws Exception {
        Path tgz = t.resolve("mirror/toy.tar.gz");
        Files.createDirectories(tgz.getParent());
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
            for (var f : List.of(new Object[]{"toy-bin/a.txt", A}, new Object[]{"toy-bin/b.txt", B})) {
                byte[] bytes = (byte[]) f[1];
                TarArchiveEntry e = new TarArchiveEntry((String) f[0]);
                e.setSize(bytes.length);
                tar.putArchiveEntry(e);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        String md5 = Checksums.ofFile(tgz, "MD5");
        DatasetConfig cfg = toy().folder("toy/toy-bin").archive("toy.tar.gz", md5, null,
                List.of(tgz.toUri().toString()), "toy-bin").build();
        Path home = t.resolve("home");
        Path dir = DatasetLocator.builder().env(null).home(home).build().locate(cfg);
        assertEquals(home.resolve(".massode/datasets/toy/toy-bin"), dir);
        // found again without downloading
        assertEquals(dir, DatasetLocator.builder().env(null).home(home).download(false).build().locate(cfg));

        DatasetConfig wrong = toy().archive("toy.tar.gz", "0".repeat(32), null, List.of(tgz.toUri().toString()),
                "toy-bin").build();
        var e = assertThrows(DatasetNotFoundException.class,
                () -> DatasetLocator.builder().env(null).home(t.resolve("home2")).build().locate(wrong));
        assertTrue(e.getMessage().contains("md5") && e.getMessage().contains(md5) && e.getMessage().contains("0".repeat(32)),
                e.getMessage());
    }

}
