package org.massode.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
