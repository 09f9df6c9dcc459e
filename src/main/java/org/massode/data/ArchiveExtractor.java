package org.massode.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Extracts a verified {@code .tar.gz} into a hidden temporary folder next to its destination and then renames the
 * extracted top folder into place, so an interrupted extraction never leaves a half-filled dataset folder that the
 * locator would accept. Entries that would land outside the destination ({@code ..}, absolute paths) are refused.
 */
final class ArchiveExtractor {
    private ArchiveExtractor() {
    }

    /**
     * @param top the folder inside the archive to move into {@code dir} (e.g. {@code cifar-10-batches-bin}); empty
     *            moves every top-level entry
     */
    static void extractTarGz(Path archive, Path dir, String top) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempDirectory(dir, ".extracting-");
        try {
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
                 TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw, 1 << 16))) {
                for (TarArchiveEntry e; (e = tar.getNextTarEntry()) != null; ) {
                    Path out = tmp.resolve(e.getName()).normalize();
                    if (!out.startsWith(tmp)) {
                        throw new DataFileException(archive, "entry '" + e.getName() + "' points outside the archive");
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (e.isFile()) {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if (!top.isEmpty()) {
                Path src = tmp.resolve(top);
                if (!Files.isDirectory(src)) {
                    throw new DataFileException(archive, "expected a folder '" + top + "' in the archive");
                }
                moveInto(src, dir.resolve(top));
            } else {
                try (Stream<Path> s = Files.list(tmp)) {
                    for (Path p : s.toList()) moveInto(p, dir.resolve(p.getFileName().toString()));
                }
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void moveInto(Path src, Path target) throws IOException {
        deleteTree(target);
        Files.move(src, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        }
    }
}
