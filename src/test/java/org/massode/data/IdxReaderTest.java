package org.massode.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @Test
    void readsRawAndGzipFilesAlike(@TempDir Path dir) {
        byte[] img = TestData.idxImages(3, 2, 4, 7);
        IdxReader.Images raw = IdxReader.readImages(TestData.write(dir.resolve("a-images"), img));
        IdxReader.Images gz = IdxReader.readImages(TestData.write(dir.resolve("b-images.gz"), img));
        assertEquals(3, gz.count());
        assertEquals(2, gz.rows());
        assertEquals(4, gz.cols());
        for (int i = 0; i < 3; i++) {
            for (int p = 0; p < 8; p++) {
                assertEquals(img[16 + i * 8 + p] & 0xFF, gz.pixel(i, p));
                assertEquals(raw.pixel(i, p), gz.pixel(i, p));
            }
        }
        assertArrayEquals(new int[]{0, 9, 3}, IdxReader.readLabels(TestData.write(dir.resolve("l.gz"),
                TestData.idxLabels(0, 9, 3)), 10));
    }

    @Test
    void badMagicNamesTheFileAndBothNumbers() {
        byte[] labelsAsImages = TestData.idxLabels(1, 2);
        var e = assertThrows(DataFileException.class, () -> IdxReader.parseImages(Arrays.copyOf(labelsAsImages, 16),
                "x-images"));
        assertTrue(e.getMessage().startsWith("x-images:") && e.getMessage().contains("bad magic number 0x00000801")
                && e.getMessage().contains("expected 0x00000803"), e.getMessage());
    }

    @Test
    void truncatedOrOverlongFilesReportExpectedAndActualSize() {
        byte[] img = TestData.idxImages(2, 2, 2, 0);
        var e = assertThrows(DataFileException.class,
                () -> IdxReader.parseImages(Arrays.copyOf(img, img.length - 1), "y-images"));
        assertTrue(e.getMessage().contains("y-images") && e.getMessage().contains("24 bytes")
                && e.getMessage().contains("has 23 bytes") && e.getMessage().contains("truncated"), e.getMessage());
        var e2 = assertThrows(DataFileException.class,
                () -> IdxReader.parseImages(Arrays.copyOf(img, img.length + 5), "y-images"));
        assertTrue(e2.getMessage().contains("trailing data"), e2.getMessage());
        var e3 = assertThrows(DataFileException.class, () -> IdxReader.parseImages(new byte[10], "z-images"));
        assertTrue(e3.getMessage().contains("z-images") && e3.getMessage().contains("header alone needs 16"),
                e3.getMessage());
        byte[] lab = TestData.idxLabels(1, 2, 3);
        var e4 = assertThrows(DataFileException.class,
                () -> IdxReader.parseLabels(Arrays.copyOf(lab, lab.length - 2), "w-labels", 10));
        assertTrue(e4.getMessage().contains("w-labels") && e4.getMessage().contains("header says 3 labels"),
                e4.getMessage());
    }

    @Test
    void labelOutOfRangeNamesTheLabelAndItsIndex() {
        var e = assertThrows(DataFileException.class,
                () -> IdxReader.parseLabels(TestData.idxLabels(3, 12), "z-labels", 10));
        assertTrue(e.getMessage().contains("z-labels") && e.getMessage().contains("label 12 at index 1")
                && e.getMessage().contains("0..9"), e.getMessage());
    }

    @Test
    void corruptGzipNamesTheFile(@TempDir Path dir) throws Exception {
        Path gz = TestData.write(dir.resolve("c-images.gz"), TestData.idxImages(50, 28, 28, 1));
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length / 2));
        var e = assertThrows(DataFileException.class, () -> IdxReader.readImages(gz));
        assertTrue(e.getMessage().contains(gz.toString()) && e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void writerRoundTripsTheFirstImages(@TempDir Path dir) {
        IdxReader.Images x = IdxReader.parseImages(TestData.idxImages(5, 3, 3, 2), "src");
        Path out = dir.resolve("cut.gz");
        IdxWriter.writeImages(out, x, 2);
        IdxReader.Images y = IdxReader.readImages(out);
        assertEquals(2, y.count());
        for (int p = 0; p < 9; p++) assertEquals(x.pixel(1, p), y.pixel(1, p));
        IdxWriter.writeLabels(dir.resolve("l"), new int[]{4, 5, 6}, 2);
        assertArrayEquals(new int[]{4, 5}, IdxReader.readLabels(dir.resolve("l"), 10));
    }
}
