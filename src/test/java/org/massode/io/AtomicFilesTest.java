package org.massode.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void aWriterThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("model.zip");
        AtomicFiles.writeString(target, "complete model");
        assertThrows(RuntimeException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half a mod".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("complete model", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file left behind");
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndARewriteKeepsTheTargetsPermissions(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("results.json");
        AtomicFiles.writeString(target, "{}");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(target, "{\"a\": 1}");
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
