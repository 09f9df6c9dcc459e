package org.massode.rhomm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.massode.io.AtomicFiles;

/**
 * NumPy {@code .npy} files (format versions 1–3) holding a 2-D array: read as {@link Signals}, written as
 * little-endian float64 in C order. Supported dtypes for reading: {@code <f8 <f4 <i8 <i4} (and {@code |i1},
 * {@code |u1}); anything else is an error naming the dtype.
 */
public final class NpyFiles {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFiles() {
    }

    public static Signals read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SignalFormatException(name, "cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new SignalFormatException(name, "empty file (expected a NumPy .npy array)");
        }
        if (bytes.length < 10 || !startsWithMagic(bytes)) {
            throw new SignalFormatException(name, "not a .npy file (expected the magic bytes \\x93NUMPY)");
        }
        int major = bytes[6];
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLen;
        int headerStart;
        if (major == 1) {
            headerLen = Short.toUnsignedInt(buf.getShort(8));
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            headerLen = buf.getInt(8);
            headerStart = 12;
        } else {
            throw new SignalFormatException(name, "unsupported .npy format version " + major + " (expected 1, 2 or 3)");
        }
        if (headerStart + (long) headerLen > bytes.length) {
            throw new SignalFormatException(name, "truncated header: needs " + headerLen + " bytes");
        }
        String header = new String(bytes, headerStart, headerLen, StandardCharsets.ISO_8859_1);
        String descr = field(name, DESCR, header, "descr");
        boolean fortran = "True".equals(field(name, FORTRAN, header, "fortran_order"));
        int[] shape = shape(name, field(name, SHAPE, header, "shape"));
        int rows = shape[0];
        int cols = shape[1];
        int width = itemSize(name, descr);
        long count = (long) rows * cols;
        int dataStart = headerStart + headerLen;
        if (bytes.length - dataStart != count * width) {
            throw new SignalFormatException(name, "data size mismatch: shape (" + rows + ", " + cols + ") of " + descr
                    + " needs " + count * width + " bytes but the file holds " + (bytes.length - dataStart));
        }
        ByteOrder order = descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer data = ByteBuffer.wrap(bytes, dataStart, bytes.length - dataStart).slice().order(order);
        double[] v = new double[Math.toIntExact(count)];
        for (int k = 0; k < v.length; k++) {
            double x = element(data, descr.substring(1), k, width);
            int r = fortran ? k % rows : k / cols;
            int c = fortran ? k / rows : k % cols;
            if (!Double.isFinite(x)) {
                throw new SignalFormatException(name, "element [" + r + ", " + c + "] (row " + (r + 1) + ", column "
                        + (c + 1) + "): expected a finite number but found " + x);
            }
            v[r * cols + c] = x;
        }
        return new Signals(name, rows, cols, v);
    }

    private static boolean startsWithMagic(byte[] b) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) return false;
        }
        return true;
    }

    private static String field(String file, Pattern p, String header, String key) {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new SignalFormatException(file, "header has no readable '" + key + "' entry: " + header.trim());
        }
        return m.group(1);
    }

    private static int[] shape(String file, String text) {
        String[] parts = text.split(",");
        int[] dims = new int[parts.length];
        int n = 0;
        for (String p : parts) {
            if (!p.isBlank()) dims[n++] = Integer.parseInt(p.trim());
        }
        if (n != 2) {
            throw new SignalFormatException(file, "expected a 2-D array (time × regions) but the shape is (" + text.trim()
                    + ")");
        }
        return new int[]{dims[0], dims[1]};
    }

    private static int itemSize(String file, String descr) {
        switch (descr) {
            case "<f8", ">f8", "<i8", ">i8":
                return 8;
            case "<f4", ">f4", "<i4", ">i4":
                return 4;
            case "|i1", "|u1":
                return 1;
            default:
                throw new SignalFormatException(file, "unsupported dtype '" + descr
                        + "' (expected float64, float32, int64, int32 or int8/uint8: <f8, <f4, <i8, <i4, |i1, |u1)");
        }
    }

    private static double element(ByteBuffer data, String kind, int k, int width) {
        int at = k * width;
        return switch (kind) {
            case "f8" -> data.getDouble(at);
            case "f4" -> data.getFloat(at);
            case "i8" -> data.getLong(at);
            case "i4" -> data.getInt(at);
            case "i1" -> data.get(at);
            case "u1" -> Byte.toUnsignedInt(data.get(at));
            default -> throw new IllegalStateException("dtype " + kind);
        };
    }

    /** Writes a rows × cols matrix (row-major {@code values}) as a little-endian float64 C-order .npy, atomically. */
    public static void write(Path file, int rows, int cols, double[] values) {
        if (values.length != (long) rows * cols) {
            throw new IllegalArgumentException("npy write: " + values.length + " values for shape (" + rows + ", "
                    + cols + ")");
        }
        String dict = String.format(Locale.ROOT, "{'descr': '<f8', 'fortran_order': False, 'shape': (%d, %d), }",
                rows, cols);
        // header (magic 6 + version 2 + length 2 + dict + padding + '\n') must be a multiple of 64 bytes
        int unpadded = 10 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        ByteBuffer out = ByteBuffer.allocate(10 + header.length() + values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double v : values) out.putDouble(v);
        byte[] bytes = out.array();
        AtomicFiles.write(file, o -> o.write(bytes));
    }
}
