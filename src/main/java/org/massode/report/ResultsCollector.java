package org.massode.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Gathers result rows from a project folder: every {@code trained-models/<name>/model-card.json}, then every
 * {@code experiments/logs/<name>.json} whose name has no card (older runs kept only their printed JSON), then every
 * {@code experiments/*.yaml} config not covered by either, as a "not measured here" row. A file that cannot be parsed
 * is an error naming it, so a broken card is noticed instead of silently dropped.
 */
public final class ResultsCollector {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultsCollector() {
    }

    public static List<ResultRow> collect(Path root) {
        List<ResultRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path dir : list(root.resolve("trained-models"), null)) {
            Path card = dir.resolve("model-card.json");
            if (!Files.isRegularFile(card)) continue;
            JsonNode c = read(card);
            JsonNode r = c.path("results");
            JsonNode cfg = c.path("config");
            String name = text(c, "name", dir.getFileName().toString());
            rows.add(row(name, r, text(cfg, "model", text(r, "model", "?")), text(c, "command", ""),
                    root.relativize(card).toString()));
            seen.add(name);
        }
        for (Path log : list(root.resolve("experiments/logs"), ".json")) {
            JsonNode r = read(log);
            String name = text(r, "name", log.getFileName().toString().replace(".json", ""));
            if (!seen.add(name)) continue;
            // older logs replaced "model" by the model file path; the config file of the same name tells the type
            String model = text(r, "model", "?");
            if (model.contains("/")) model = configModel(root, name);
            rows.add(row(name, r, model, text(r, "command", ""), root.relativize(log).toString()));
        }
        for (Path yaml : list(root.resolve("experiments"), ".yaml")) {
            Map<String, Object> m = yamlMap(yaml);
            String name = String.valueOf(m.getOrDefault("name", yaml.getFileName().toString().replace(".yaml", "")));
            if (!seen.add(name)) continue;
            rows.add(new ResultRow(name, String.valueOf(m.getOrDefault("dataset", "?")),
                    String.valueOf(m.getOrDefault("model", "?")), Double.NaN, 0, 0, 0, 0, "",
                    root.relativize(yaml).toString()));
        }
        rows.sort(Comparator.comparing(ResultRow::dataset).thenComparing(ResultRow::model).thenComparing(ResultRow::name));
        return rows;
    }

    private static ResultRow row(String name, JsonNode r, String model, String command, String source) {
        return new ResultRow(name, text(r, "dataset", "?"), model, r.path("accuracy").asDouble(Double.NaN),
                r.path("epochs").asInt(0), r.path("train_examples").asLong(0), r.path("seconds").asDouble(0),
                r.path("parameters").asLong(0), command, source);
    }

    private static String configModel(Path root, String name) {
        Path yaml = root.resolve("experiments").resolve(name + ".yaml");
        if (!Files.isRegularFile(yaml)) return "?";
        return String.valueOf(yamlMap(yaml).getOrDefault("model", "?"));
    }

    private static String text(JsonNode n, String field, String def) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? def : v.asText();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a readable JSON result (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, Object> yamlMap(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            Object o = new Yaml().load(r);
            if (o instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked") Map<String, Object> mm = (Map<String, Object>) m;
                return mm;
            }
            throw new IllegalArgumentException(file + ": expected a YAML mapping");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Entries of {@code dir} (folders when {@code suffix} is null, else files ending in it), sorted; none if absent. */
    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> suffix == null ? Files.isDirectory(p)
                    : Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
