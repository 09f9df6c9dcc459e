package org.massode.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads {@code datasets-config/<name>.yaml} into a {@link DatasetConfig}. Unknown keys are errors that name the
 * file and the key (a typo such as {@code sha265} must not silently disable verification).
 */
public final class DatasetConfigYaml {
    private static final Set<String> TOP = Set.of("name", "description", "license", "citation", "homepage",
            "folders", "files", "archive", "notes");
    private static final Set<String> FILE = Set.of("sha256", "md5", "size", "urls");
    private static final Set<String> ARCHIVE = Set.of("file", "md5", "sha256", "urls", "extractsTo");

    private DatasetConfigYaml() {
    }

    /** The configuration bundled in the jar at {@code /datasets-config/<name>.yaml}. */
    public static DatasetConfig load(String name) {
        String path = "/datasets-config/" + name + ".yaml";
        try (InputStream in = DatasetConfigYaml.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("unknown dataset '" + name + "': no " + path + " on the classpath");
            }
            return parse(new Yaml().load(in), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A configuration file on disk (e.g. an edited copy with a private mirror). */
    public static DatasetConfig load(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            return parse(new Yaml().load(r), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static DatasetConfig parse(Object yaml, String source) {
        Map<String, Object> m = map(yaml, source, "the top level");
        keys(m, TOP, source, "");
        try {
            DatasetConfig.Builder b = DatasetConfig.builder(str(m.get("name"), source, "name", true))
                    .description(str(m.get("description"), source, "description", false))
                    .license(str(m.get("license"), source, "license", false))
                    .citation(str(m.get("citation"), source, "citation", false))
                    .homepage(str(m.get("homepage"), source, "homepage", false));
            for (String f : strings(m.get("folders"), source, "folders")) b.folder(f);
            Map<String, Object> files = map(m.get("files"), source, "files");
            for (var e : files.entrySet()) {
                String where = "files." + e.getKey();
                Map<String, Object> f = map(e.getValue(), source, where);
                keys(f, FILE, source, where + ".");
                Object size = f.get("size");
                if (size != null && !(size instanceof Number)) {
                    throw new IllegalArgumentException(source + ": " + where + ".size: '" + size + "' is not a number");
                }
                b.file(e.getKey(), str(f.get("sha256"), source, where + ".sha256", false),
                        str(f.get("md5"), source, where + ".md5", false),
                        size == null ? -1 : ((Number) size).longValue(), strings(f.get("urls"), source, where + ".urls"));
            }
            if (m.get("archive") != null) {
                Map<String, Object> a = map(m.get("archive"), source, "archive");
                keys(a, ARCHIVE, source, "archive.");
                b.archive(str(a.get("file"), source, "archive.file", true), str(a.get("md5"), source, "archive.md5", false),
                        str(a.get("sha256"), source, "archive.sha256", false), strings(a.get("urls"), source, "archive.urls"),
                        str(a.get("extractsTo"), source, "archive.extractsTo", false));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(source)) throw e;
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static void keys(Map<String, Object> m, Set<String> known, String source, String prefix) {
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(source + ": unknown key '" + prefix + k + "'; known keys: "
                        + new TreeSet<>(known));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String source, String where) {
        if (!(o instanceof Map)) throw new IllegalArgumentException(source + ": " + where + " must be a mapping");
        return (Map<String, Object>) o;
    }

    private static String str(Object o, String source, String key, boolean required) {
        if (o == null) {
            if (required) throw new IllegalArgumentException(source + ": missing key '" + key + "'");
            return null;
        }
        if (o instanceof Map || o instanceof List) {
            throw new IllegalArgumentException(source + ": " + key + " must be a single value");
        }
        return o.toString();
    }

    private static List<String> strings(Object o, String source, String key) {
        if (o == null) return List.of();
        if (!(o instanceof List<?> l)) throw new IllegalArgumentException(source + ": " + key + " must be a list");
        return l.stream().map(x -> str(x, source, key, true)).toList();
    }
}
