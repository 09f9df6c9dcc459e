package org.massode.data;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a dataset folder's files against their {@link DatasetConfig.FileSpec}: size first (instant), then the sha256
 * of the decompressed bytes, unless the {@link VerificationCache} says this exact file already passed. A mismatch is a
 * {@link ChecksumMismatchException} naming the file and both values; a file is never used silently.
 */
final class DatasetVerifier {
    private final VerificationCache cache;

    DatasetVerifier(VerificationCache cache) {
        this.cache = cache;
    }

    void verifyAll(DatasetConfig cfg, Path folder) {
        for (DatasetConfig.FileSpec spec : cfg.files().values()) verify(spec, DatasetLocator.file(folder, spec.name()));
    }

    void verify(DatasetConfig.FileSpec spec, Path file) {
        if (spec.size() >= 0) {
            long size = contentSize(file);
            if (size != spec.size()) {
                throw new DataFileException(file, "expected " + spec.size() + " bytes" + (Compression.isGzip(file)
                        ? " once decompressed" : "") + " but found " + size + "; the file is truncated or not the "
                        + "official one");
            }
        }
        if (spec.sha256() == null || cache.isVerified(file, spec.sha256())) return;
        String actual = Checksums.ofContent(file, "SHA-256");
        if (!actual.equals(spec.sha256())) {
            throw new ChecksumMismatchException(file.toString(), "sha256", spec.sha256(), actual,
                    Compression.isGzip(file) ? "of the decompressed content" : "of the file");
        }
        cache.markVerified(file, spec.sha256());
    }

    /** Size of the decompressed content: for {@code .gz} the trailer's ISIZE field (exact below 4 GiB). */
    static long contentSize(Path file) {
        try {
            if (!Compression.isGzip(file)) return Files.size(file);
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
                if (f.length() < 18) return -1;
                f.seek(f.length() - 4);
                byte[] b = new byte[4];
                f.readFully(b);
                return (b[0] & 0xFFL) | (b[1] & 0xFFL) << 8 | (b[2] & 0xFFL) << 16 | (b[3] & 0xFFL) << 24;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
