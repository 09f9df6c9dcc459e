package org.massode.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a dataset consists of and where to get it, as written in {@code datasets-config/<name>.yaml} (also bundled in
 * the jar). Built with {@link Builder}, which validates everything; read with {@link DatasetConfigYaml}.
 *
 * <ul>
 *   <li>{@code files}: every file the dataset folder must hold, each with what verifies it: the sha256 (and md5) of
 *       its <em>decompressed</em> bytes — so the official {@code .gz} and copies re-compressed elsewhere verify alike
 *       — and/or its size in bytes; and the mirrors that serve it gzipped.</li>
 *   <li>{@code archive}: optionally one archive (tar.gz) that holds the files instead, verified by its md5/sha256
 *       before it is extracted (CIFAR-10, the official IMDB archive).</li>
 *   <li>{@code folders}: sub-folders of a data root that may hold the files (default: the dataset's name), so that
 *       {@code --data-dir} can point at a root, at {@code <root>/<name>} or at an extracted archive.</li>
 * </ul>
 */
public record DatasetConfig(String name, String description, String license, String citation, String homepage,
                            List<String> folders, Map<String, FileSpec> files, Archive archive) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");

    /**
     * One file of the dataset.
     *
     * @param name   path relative to the dataset folder, without {@code .gz}
     * @param sha256 sha256 of the decompressed bytes, or null when only the size is known (then the archive's
     *               checksum is what guards the content)
     * @param md5    md5 of the decompressed bytes (informative, cross-checked against published values), or null
     * @param size   size of the decompressed file in bytes, or -1 when unknown
     * @param urls   mirrors, each serving the gzip of the file; may be empty
     */
    public record FileSpec(String name, String sha256, String md5, long size, List<String> urls) {
    }

    /**
     * An archive that holds the dataset's files.
     *
     * @param file       file name to store the download under
     * @param md5        md5 of the archive as published, or null
     * @param sha256     sha256 of the archive, or null (at least one of the two is required)
     * @param urls       mirrors of the archive
     * @param extractsTo the folder inside the archive that holds the files (relative to the dataset folder once
     *                   extracted), e.g. {@code cifar-10-batches-bin}
     */
    public record Archive(String file, String md5, String sha256, List<String> urls, String extractsTo) {
    }

    /** The files' names, in config order. */
    public List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Validating builder; {@link #build()} names the dataset and the field in every error. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private String license = "";
        private String citation = "";
        private String homepage = "";
        private final List<String> folders = new ArrayList<>();
        private final Map<String, FileSpec> files = new LinkedHashMap<>();
        private Archive archive;

        private Builder(String name) {
            if (name == null || !name.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException("dataset name '" + name + "' must be lower-case letters, digits, "
                        + "'.', '_' or '-'");
            }
            this.name = name;
        }

        public Builder description(String v) {
            description = nonNull(v);
            return this;
        }

        public Builder license(String v) {
            license = nonNull(v);
            return this;
        }

        public Builder citation(String v) {
            citation = nonNull(v);
            return this;
        }

        public Builder homepage(String v) {
            homepage = nonNull(v);
            return this;
        }

        public Builder folder(String relative) {
            folders.add(relativePath(relative, "folders"));
            return this;
        }

        /** Adds a file; {@code sha256}/{@code md5} may be null, {@code size} −1, but not all three unknown. */
        public Builder file(String relative, String sha256, String md5, long size, List<String> urls) {
            String where = "files." + relative;
            relativePath(relative, where);
            if (relative.endsWith(".gz")) {
                throw bad(where, "name the decompressed file (without .gz); a .gz copy is found automatically");
            }
            if (files.containsKey(relative)) throw bad(where, "listed twice");
            String sha = hex(sha256, HEX64, where + ".sha256");
            String md5h = hex(md5, HEX32, where + ".md5");
            if (sha == null && size < 0) throw bad(where, "needs a sha256 or a size to verify it against");
            if (size < -1) throw bad(where + ".size", "must be ≥ 0");
            files.put(relative, new FileSpec(relative, sha, md5h, size, urls(urls, where + ".urls")));
            return this;
        }

        public Builder archive(String file, String md5, String sha256, List<String> urls, String extractsTo) {
            String where = "archive";
            if (file == null || file.isBlank() || file.contains("/")) throw bad(where + ".file", "must be a file name");
            String m = hex(md5, HEX32, where + ".md5");
            String s = hex(sha256, HEX64, where + ".sha256");
            if (m == null && s == null) throw bad(where, "needs an md5 or a sha256; an unverified archive is never used");
            List<String> u = urls(urls, where + ".urls");
            if (u.isEmpty()) throw bad(where + ".urls", "needs at least one mirror");
            String to = extractsTo == null || extractsTo.isBlank() ? "" : relativePath(extractsTo, where + ".extractsTo");
            archive = new Archive(file, m, s, u, to);
            return this;
        }

        public DatasetConfig build() {
            if (files.isEmpty()) throw bad("files", "at least one file is required");
            List<String> f = folders.isEmpty() ? List.of(name) : List.copyOf(folders);
            return new DatasetConfig(name, description, license, citation, homepage, f,
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files)), archive);
        }

        private IllegalArgumentException bad(String field, String problem) {
            return new IllegalArgumentException("dataset config '" + name + "': " + field + ": " + problem);
        }

        private String relativePath(String p, String field) {
            if (p == null || p.isBlank() || p.startsWith("/") || p.contains("\\")
                    || List.of(p.split("/")).contains("..")) {
                throw bad(field, "'" + p + "' must be a relative path without '..'");
            }
            return p;
        }

        private String hex(String v, Pattern p, String field) {
            if (v == null) return null;
            String h = v.trim().toLowerCase();
            if (!p.matcher(h).matches()) {
                throw bad(field, "'" + v + "' is not a " + (p == HEX64 ? 64 : 32) + "-digit hex digest");
            }
            return h;
        }

        private List<String> urls(List<String> urls, String field) {
            if (urls == null) return List.of();
            for (String u : urls) {
                if (u == null || !(u.startsWith("https://") || u.startsWith("http://") || u.startsWith("file:"))) {
                    throw bad(field, "'" + u + "' is not an http(s) or file: URL");
                }
            }
            return List.copyOf(urls);
        }

        private static String nonNull(String v) {
            return v == null ? "" : v.trim();
        }
    }
}
