package org.massode.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds a dataset's folder. Roots are searched in this order:
 * <ol>
 *   <li>the explicit {@code --data-dir} folder,</li>
 *   <li>the folder in the environment variable {@code MASSODE_DATA},</li>
 *   <li>{@code ~/.massode/datasets};</li>
 * </ol>
 * within each root, first the config's {@code folders} (by default {@code <root>/<name>}), then the root itself, so a
 * root may hold {@code <name>/} or the files directly. The first candidate holding every file of the config (raw or
 * {@code .gz}) is verified ({@link DatasetVerifier}) and returned. When none does and downloads are enabled, the files
 * (or the archive) are fetched from the config's mirrors into {@code ~/.massode/datasets/<name>}, verified before they
 * are renamed into place. Otherwise a {@link DatasetNotFoundException} names every folder searched and every file
 * expected.
 */
public final class DatasetLocator {
    private final Path dataDir;
    private final String env;
    private final Path home;
    private final boolean download;
    private final VerificationCache cache;

    private DatasetLocator(Builder b) {
        this.dataDir = b.dataDir;
        this.env = b.env;
        this.home = b.home;
        this.download = b.download;
        this.cache = b.cache != null ? b.cache : new VerificationCache(b.home.resolve(".massode").resolve("verified"));
    }

    /** The usual locator: the given {@code --data-dir} (may be null), {@code MASSODE_DATA}, the user's home, downloads on. */
    public static DatasetLocator defaults(Path dataDirOrNull) {
        return builder().dataDir(dataDirOrNull).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where downloads go: {@code <home>/.massode/datasets}. */
    public Path downloadRoot() {
        return home.resolve(".massode").resolve("datasets");
    }

    /** Every root to search, in order (the explicit folder, {@code MASSODE_DATA}, {@code ~/.massode/datasets}). */
    public List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        if (dataDir != null) roots.add(dataDir);
        if (env != null && !env.isBlank()) roots.add(Paths.get(env.trim()));
        roots.add(downloadRoot());
        return roots;
    }

    /** Candidate folders in search order: for each root, its config sub-folders, then the root itself. */
    public List<Path> candidates(DatasetConfig cfg) {
        LinkedHashSet<Path> c = new LinkedHashSet<>();
        for (Path root : roots()) {
            for (String f : cfg.folders()) c.add(root.resolve(f));
            c.add(root);
        }
        return List.copyOf(c);
    }

    /** The verified folder holding all of the config's files, downloading them when allowed and nowhere found. */
    public Path locate(DatasetConfig cfg) {
        DatasetVerifier verifier = new DatasetVerifier(cache);
        Optional<Path> found = find(cfg, dir -> hasAll(cfg, dir));
        if (found.isPresent()) {
            verifier.verifyAll(cfg, found.get());
            return found.get();
        }
        if (!download) {
            throw new DatasetNotFoundException(cfg.name(), candidates(cfg), cfg.fileNames(),
                    "Downloads are disabled.", null);
        }
        try {
            Path dir = new DatasetDownloader().fetch(cfg, downloadRoot().resolve(cfg.name()));
            verifier.verifyAll(cfg, dir);
            return dir;
        } catch (RuntimeException e) {
            throw new DatasetNotFoundException(cfg.name(), candidates(cfg), cfg.fileNames(),
                    "Download from the mirrors in datasets-config/" + cfg.name() + ".yaml failed: " + e.getMessage(), e);
        }
    }

    /** The first candidate folder that {@code accepts}, without verifying or downloading anything. */
    public Optional<Path> find(DatasetConfig cfg, Predicate<Path> accepts) {
        return candidates(cfg).stream().filter(Files::isDirectory).filter(accepts).findFirst();
    }

    /** Downloads the config's archive into {@code ~/.massode/datasets/<name>} (verified) and returns that folder. */
    public Path downloadArchive(DatasetConfig cfg) {
        if (!download) throw new IllegalStateException("downloads are disabled");
        return new DatasetDownloader().fetchArchive(cfg, downloadRoot().resolve(cfg.name()));
    }

    public boolean downloadsEnabled() {
        return download;
    }

    /** {@code folder/name.gz} when it exists, else {@code folder/name}. */
    public static Path file(Path folder, String name) {
        Path gz = folder.resolve(name + ".gz");
        return Files.isRegularFile(gz) ? gz : folder.resolve(name);
    }

    static boolean hasAll(DatasetConfig cfg, Path dir) {
        return cfg.fileNames().stream().allMatch(f -> Files.isRegularFile(file(dir, f)));
    }

    /** Builder; by default reads {@code MASSODE_DATA} and {@code user.home} and allows downloads. */
    public static final class Builder {
        private Path dataDir;
        private String env = System.getenv("MASSODE_DATA");
        private Path home = Paths.get(System.getProperty("user.home"));
        private boolean download = true;
        private VerificationCache cache;

        public Builder dataDir(Path v) {
            dataDir = v;
            return this;
        }

        /** Overrides the value of {@code MASSODE_DATA} (null or blank: not set). */
        public Builder env(String v) {
            env = v;
            return this;
        }

        /** The home folder holding {@code .massode/} (tests point it at a temporary folder). */
        public Builder home(Path v) {
            if (v == null) throw new IllegalArgumentException("home must not be null");
            home = v;
            return this;
        }

        public Builder download(boolean v) {
            download = v;
            return this;
        }

        public Builder verificationCache(VerificationCache v) {
            cache = v;
            return this;
        }

        public DatasetLocator build() {
            return new DatasetLocator(this);
        }
    }
}
