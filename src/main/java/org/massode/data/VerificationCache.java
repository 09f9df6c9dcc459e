package org.massode.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.massode.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers which files have already been verified against a checksum, so that hashing the 47 MB MNIST image file
 * (about a second with gunzip) happens once per file rather than on every run.
 *
 * <p>Why a cache keyed by (absolute path, expected checksum) holding (size, modification time), kept in
 * {@code ~/.massode/verified/} rather than a {@code .verified} marker beside the data: shared data folders are often
 * read-only (as {@code ../shared/datasets} is here), and one user's cache must not vouch for another's copy. A file
 * that is replaced or touched changes size or mtime and is hashed again; a config whose checksum changes gets a new
 * key. If the cache folder cannot be written the file is simply verified every time — correctness never depends on
 * the cache, only speed does. A {@code null} folder disables caching.
 */
public final class VerificationCache {
    private static final Logger LOG = LoggerFactory.getLogger(VerificationCache.class);
    private final Path dir;

    public VerificationCache(Path dir) {
        this.dir = dir;
    }

    /** {@code ~/.massode/verified}. */
    public static VerificationCache inUserHome() {
        return new VerificationCache(Paths.get(System.getProperty("user.home"), ".massode", "verified"));
    }

    public static VerificationCache disabled() {
        return new VerificationCache(null);
    }

    /** True when {@code file} was verified against {@code expected} and has not changed since. */
    public boolean isVerified(Path file, String expected) {
        if (dir == null) return false;
        Path marker = marker(file, expected);
        try {
            return Files.isRegularFile(marker)
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(stamp(file, expected));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records a successful verification; failures to write are logged and ignored (see the class comment). */
    public void markVerified(Path file, String expected) {
        if (dir == null) return;
        try {
            String stamp = stamp(file, expected);
            AtomicFiles.writeString(marker(file, expected), stamp);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot cache the verification of {} in {}: {}", file, dir, e.getMessage());
        }
    }

    private Path marker(Path file, String expected) {
        String key = file.toAbsolutePath().normalize() + "\n" + expected;
        return dir.resolve(Checksums.digest(key.getBytes(StandardCharsets.UTF_8), "SHA-256").substring(0, 32));
    }

    private static String stamp(Path file, String expected) throws IOException {
        return file.toAbsolutePath().normalize() + "\n" + expected + "\nsize=" + Files.size(file) + "\nmtime="
                + Files.getLastModifiedTime(file).toMillis() + "\n";
    }
}
