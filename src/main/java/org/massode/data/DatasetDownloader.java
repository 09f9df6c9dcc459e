package org.massode.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.massode.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a dataset from the mirrors of its {@link DatasetConfig}. Every download goes to a temporary file, is verified
 * (sha256 of the decompressed content, or the archive's md5/sha256) and only then renamed into place with
 * {@link AtomicFiles}, so an interrupted or corrupt download never leaves a file that looks valid. Mirrors are tried in
 * order; the error lists each one with its failure.
 */
final class DatasetDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDownloader.class);
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    /** Downloads the missing files (or the archive when the files have no mirrors) into {@code dir}. */
    Path fetch(DatasetConfig cfg, Path dir) {
        boolean perFile = cfg.files().values().stream().allMatch(f -> !f.urls().isEmpty());
        if (!perFile) {
            if (cfg.archive() == null) {
                throw new IllegalStateException("no mirror is configured for " + cfg.fileNames());
            }
            return fetchArchive(cfg, dir);
        }
        DatasetVerifier verifier = new DatasetVerifier(VerificationCache.disabled());
        for (DatasetConfig.FileSpec spec : cfg.files().values()) {
            Path target = dir.resolve(spec.name() + ".gz");
            if (Files.isRegularFile(target)) continue;
            List<String> failures = new ArrayList<>();
            boolean ok = false;
            for (String url : spec.urls()) {
                Path tmp = null;
                try {
                    tmp = download(url, dir, spec.name() + ".gz");
                    verifier.verify(spec, tmp);
                    Path downloaded = tmp;
                    AtomicFiles.write(target, out -> Files.copy(downloaded, out));
                    ok = true;
                    break;
                } catch (IOException | RuntimeException e) {
                    failures.add(url + " (" + e.getMessage() + ")");
                } finally {
                    deleteQuietly(tmp);
                }
            }
            if (!ok) throw new IllegalStateException("could not download " + spec.name() + "; tried " + failures);
        }
        return dir;
    }

    /** Downloads, verifies and extracts the archive under {@code dir}; returns the folder holding the files. */
    Path fetchArchive(DatasetConfig cfg, Path dir) {
        DatasetConfig.Archive a = cfg.archive();
        if (a == null) throw new IllegalStateException("dataset '" + cfg.name() + "' has no archive configured");
        List<String> failures = new ArrayList<>();
        for (String url : a.urls()) {
            Path tmp = null;
            try {
                tmp = download(url, dir, a.file());
                verifyArchive(a, tmp, url);
                ArchiveExtractor.extractTarGz(tmp, dir, a.extractsTo());
                return a.extractsTo().isEmpty() ? dir : dir.resolve(a.extractsTo());
            } catch (IOException | RuntimeException e) {
                failures.add(url + " (" + e.getMessage() + ")");
            } finally {
                deleteQuietly(tmp);
            }
        }
        throw new IllegalStateException("could not download " + a.file() + "; tried " + failures);
    }

    static void verifyArchive(DatasetConfig.Archive a, Path file, String name) {
        if (a.md5() != null) {
            String md5 = Checksums.ofFile(file, "MD5");
            if (!md5.equals(a.md5())) throw new ChecksumMismatchException(name, "md5", a.md5(), md5, "of the archive");
        }
        if (a.sha256() != null) {
            String sha = Checksums.ofFile(file, "SHA-256");
            if (!sha.equals(a.sha256())) {
                throw new ChecksumMismatchException(name, "sha256", a.sha256(), sha, "of the archive");
            }
        }
    }

    /** Streams {@code url} into a temporary file in {@code dir} (same file system, so the final rename is atomic). */
    private static Path download(String url, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        // keep the ".gz" ending so the verifier decompresses what it hashes
        Path tmp = Files.createTempFile(dir, "." + name + ".", name.endsWith(".gz") ? ".part.gz" : ".part");
        LOG.info("downloading {} into {}", url, dir);
        URLConnection c = URI.create(url).toURL().openConnection();
        c.setConnectTimeout(CONNECT_TIMEOUT_MS);
        c.setReadTimeout(READ_TIMEOUT_MS);
        try (InputStream in = c.getInputStream(); OutputStream out = Files.newOutputStream(tmp)) {
            in.transferTo(out);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return tmp;
    }

    static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless: its name starts with '.' and ends with '.part'
        }
    }
}
