package org.massode.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * A dataset's files as listed in {@code datasets-config/<name>.yaml} (bundled in the jar): for each file the sha256
 * of its decompressed bytes and the mirror URLs of its {@code .gz}. Checksums are of the decompressed bytes so that
 * the official archives and copies re-compressed elsewhere verify alike.
 */
public record DatasetConfig(String name, Map<String, Entry> files) {

    /** One file: expected sha256 (decompressed) and its mirrors. */
    public record Entry(String sha256, List<String> urls) {
    }

    @SuppressWarnings("unchecked")
    public static DatasetConfig load(String name) {
        String path = "/datasets-config/" + name + ".yaml";
        try (InputStream in = DatasetConfig.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no dataset configuration " + path + " on the classpath");
            Map<String, Object> m = new Yaml().load(in);
            Map<String, Object> files = (Map<String, Object>) m.get("files");
            if (files == null) throw new IllegalArgumentException(path + ": missing key 'files'");
            Map<String, Entry> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : files.entrySet()) {
                Map<String, Object> f = (Map<String, Object>) e.getValue();
                Object sha = f.get("sha256");
                if (sha == null) throw new IllegalArgumentException(path + ": file '" + e.getKey() + "' has no 'sha256'");
                out.put(e.getKey(), new Entry(sha.toString(), (List<String>) f.getOrDefault("urls", List.of())));
            }
            return new DatasetConfig(name, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Throws when the decompressed bytes of {@code file} do not have the configured checksum. */
    public void verify(String file, byte[] decompressed, String where) {
        Entry e = files.get(file);
        if (e == null) return;
        String actual = sha256(decompressed);
        if (!actual.equalsIgnoreCase(e.sha256())) {
            throw new IllegalArgumentException("checksum mismatch for " + where + ": expected sha256 " + e.sha256()
                    + " (of the decompressed file) but got " + actual + "; the file is corrupt or not the official one");
        }
    }
}
