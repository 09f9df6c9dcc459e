package org.massode.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hex digests of files. {@link #ofContent} hashes the decompressed bytes of a {@code .gz} file, because the configs
 * hold checksums of the decompressed files: the official archives and copies re-compressed elsewhere (such as the
 * shared npm copy of MNIST) then verify alike.
 */
public final class Checksums {
    private Checksums() {
    }

    /** Digest ({@code "SHA-256"} or {@code "MD5"}) of the file's bytes as stored. */
    public static String ofFile(Path file, String algorithm) {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in, algorithm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Digest of the file's content, decompressed first when its name ends in {@code .gz}. */
    public static String ofContent(Path file, String algorithm) {
        try (InputStream in = Compression.open(file)) {
            return digest(in, algorithm);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static String digest(InputStream in, String algorithm) throws IOException {
        MessageDigest md = messageDigest(algorithm);
        byte[] buf = new byte[1 << 16];
        for (int r; (r = in.read(buf)) > 0; ) md.update(buf, 0, r);
        return HexFormat.of().formatHex(md.digest());
    }

    public static String digest(byte[] bytes, String algorithm) {
        return HexFormat.of().formatHex(messageDigest(algorithm).digest(bytes));
    }

    private static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
