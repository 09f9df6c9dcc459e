package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and .npy signal files: good files load, bad ones fail with the file, the place and expected vs found. */
class SignalFilesTest {
    @TempDir
    Path dir;

    private Path csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static String messageOf(Path p) {
        return assertThrows(SignalFormatException.class, () -> SignalFiles.read(p)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing from: " + message);
        }
    }

    @Test
    void csvWithOptionalHeaderLoadsRowsAsTime() throws IOException {
        Signals a = SignalFiles.read(csv("a.csv", "r1,r2,r3\n1,2,3\n4,5,6\n"));
        Signals b = SignalFiles.read(csv("b.csv", "1,2,3\n4,5,6\n\n"));
        assertEquals(2, a.timePoints());
        assertEquals(3, a.regions());
        assertArrayEquals(a.values(), b.values());
        assertEquals(6.0, a.get(1, 2), 0);
    }

    @Test
    void csvNanInfRaggedAndTextAreErrorsWithFileAndLine() throws IOException {
        assertMentions(messageOf(csv("nan.csv", "1,2\n3,NaN\n5,6\n")), "nan.csv", "line 2", "column 2", "NaN");
        assertMentions(messageOf(csv("inf.csv", "1,2\n3,4\n-Infinity,6\n")), "inf.csv", "line 3", "column 1");
        assertMentions(messageOf(csv("rag.csv", "h1,h2\n1,2\n3,4,5\n")), "rag.csv", "line 3", "expected 2",
                "found 3");
        assertMentions(messageOf(csv("txt.csv", "1,2\n3,abc\n")), "txt.csv", "line 2", "column 2", "'abc'");
    }

    @Test
    void emptyTooShortOrTooNarrowFilesAreErrors() throws IOException {
        assertMentions(messageOf(csv("empty.csv", "")), "empty.csv", "empty file");
        assertMentions(messageOf(csv("header.csv", "a,b\n")), "header.csv", "no data rows");
        assertMentions(messageOf(csv("one.csv", "1,2,3\n")), "one.csv", "at least 2 time points", "got 1");
        assertMentions(messageOf(csv("col.csv", "1\n2\n3\n")), "col.csv", "at least 2 regions", "got 1");
        assertMentions(messageOf(dir.resolve("missing.csv")), "missing.csv", "no such file");
    }

    @Test
    void npyRoundTripsAndReadsFloat32FortranOrder() throws IOException {
        Path p = dir.resolve("x.npy");
        NpyFiles.write(p, 3, 2, new double[]{1, 2, 3, 4, 5, 6});
        Signals s = SignalFiles.read(p);
        assertEquals(3, s.timePoints());
        assertArrayEquals(new double[]{1, 2, 3, 4, 5, 6}, s.values());
        Path f = dir.resolve("f.npy");
        Files.write(f, npy("<f4", "True", "(3, 2)", 24, b -> {
            for (float v : new float[]{1, 3, 5, 2, 4, 6}) b.putFloat(v); // column-major storage of the same matrix
        }));
        assertArrayEquals(new double[]{1, 2, 3, 4, 5, 6}, SignalFiles.read(f).values());
    }

    @Test
    void npyUnsupportedDtypeWrongShapeAndTruncationAreErrors() throws IOException {
        Path c = dir.resolve("complex.npy");
        Files.write(c, npy("<c16", "False", "(2, 2)", 64, b -> { }));
        assertMentions(messageOf(c), "complex.npy", "unsupported dtype '<c16'", "<f8");
        Path three = dir.resolve("cube.npy");
        Files.write(three, npy("<f8", "False", "(2, 2, 2)", 64, b -> { }));
        assertMentions(messageOf(three), "cube.npy", "2-D", "(2, 2, 2)");
        Path cut = dir.resolve("cut.npy");
        Files.write(cut, npy("<f8", "False", "(4, 2)", 16, b -> { }));
        assertMentions(messageOf(cut), "cut.npy", "needs 64 bytes", "holds 16");
        Path nan = dir.resolve("nan.npy");
        NpyFiles.write(nan, 2, 2, new double[]{1, 2, Double.NaN, 4});
        assertMentions(messageOf(nan), "nan.npy", "row 2, column 1", "NaN");
        Path notNpy = dir.resolve("text.npy");
        Files.writeString(notNpy, "1,2\n3,4\n");
        assertMentions(messageOf(notNpy), "text.npy", "not a .npy file");
        Path empty = dir.resolve("empty.npy");
        Files.write(empty, new byte[0]);
        assertMentions(messageOf(empty), "empty.npy", "empty file");
    }

    @Test
    void truthOfTheWrongSizeNamesBothSizes() {
        double[][] est = new double[4][4];
        double[][] truth = new double[5][5];
        String m = assertThrows(IllegalArgumentException.class, () -> ConnectivityMetrics.checkSizes(est, truth))
                .getMessage();
        assertMentions(m, "5 × 5", "4 regions");
    }

    private interface Body {
        void fill(ByteBuffer b);
    }

    private static byte[] npy(String descr, String fortran, String shape, int dataBytes, Body body) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + fortran + ", 'shape': " + shape + ", }";
        int pad = (64 - (10 + dict.length() + 1) % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[]{(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.ISO_8859_1));
        body.fill(b);
        return b.array();
    }
}
