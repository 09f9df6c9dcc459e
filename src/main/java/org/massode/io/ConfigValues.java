package org.massode.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * Typed, validated access to a config file's YAML mapping. Every error names the source file and the key, because a
 * typo in an experiment file should point at the line to fix rather than fail later inside training. A key that is
 * absent or has no value gives the caller's default.
 */
public final class ConfigValues {

    private final Map<String, Object> map;
    private final String source;

    /**
     * Wraps {@code map}, read from {@code source}.
     *
     * @throws IllegalArgumentException if {@code map} holds a key outside {@code knownKeys}; the known keys are listed
     */
    public ConfigValues(Map<String, Object> map, String source, Set<String> knownKeys) {
        for (String k : map.keySet()) {
            if (!knownKeys.contains(k)) {
                throw new IllegalArgumentException(source + ": unknown config key '" + k + "'; known keys: "
                        + new TreeSet<>(knownKeys));
            }
        }
        this.map = map;
        this.source = source;
    }

    /**
     * The top-level mapping of a YAML file.
     *
     * @throws IllegalArgumentException if the file cannot be read or does not hold a mapping
     */
    public static Map<String, Object> readMapping(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            Object o = new Yaml().load(r);
            if (!(o instanceof Map)) throw new IllegalArgumentException(file + ": expected a YAML mapping of keys");
            @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) o;
            return m;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rejects {@code value} of {@code key}.
     *
     * @throws IllegalArgumentException always, naming the source, the key, the value and what was {@code expected}
     */
    public void bad(String key, Object value, String expected) {
        throw new IllegalArgumentException(source + ": key '" + key + "' has value '" + value + "', expected "
                + expected);
    }

    /** The value of {@code key} as text (any scalar is accepted), or {@code def}. */
    public String str(String key, String def) {
        Object o = map.get(key);
        return o == null ? def : o.toString();
    }

    /** The value of {@code key} as a number, also when written as a quoted string, or {@code def}. */
    public double num(String key, double def) {
        Object o = map.get(key);
        if (o == null) return def;
        if (o instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(o.toString());
        } catch (NumberFormatException e) {
            bad(key, o, "a number");
            return def;
        }
    }

    /** The value of {@code key} as a finite number {@code > 0}, or {@code def}. */
    public double posDouble(String key, double def) {
        double d = num(key, def);
        if (!(d > 0) || !Double.isFinite(d)) bad(key, map.get(key), "a positive number");
        return d;
    }

    /** The value of {@code key} as a finite number {@code >= 0}, or {@code def}. */
    public double nonNegDouble(String key, double def) {
        double d = num(key, def);
        if (!(d >= 0) || !Double.isFinite(d)) bad(key, map.get(key), "a number >= 0");
        return d;
    }

    /** The value of {@code key} as a whole number in [1, {@link Integer#MAX_VALUE}], or {@code def}. */
    public int posInt(String key, int def) {
        double d = num(key, def);
        if (d <= 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) bad(key, map.get(key), "a positive integer");
        return (int) d;
    }

    /** The value of {@code key}, which must be a YAML boolean (not a string such as "yes"), or {@code def}. */
    public boolean bool(String key, boolean def) {
        Object o = map.get(key);
        if (o == null) return def;
        if (o instanceof Boolean b) return b;
        bad(key, o, "true or false");
        return def;
    }

    /**
     * The constant of {@code type} named by {@code key}, ignoring case, or {@code def}; an unknown name is rejected
     * with the constants listed in lower case.
     */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E def) {
        return enumValue(key, type, def, "one of " + Arrays.toString(type.getEnumConstants()).toLowerCase());
    }

    /** As {@link #enumValue(String, Class, Enum)}, with the caller's wording of the accepted names in the error. */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E def, String expected) {
        Object o = map.get(key);
        if (o == null) return def;
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(o.toString())) return e;
        }
        bad(key, o, expected);
        return def;
    }

    /** The value of {@code key} as an unmodifiable list of positive integers, possibly empty, or {@code def}. */
    public List<Integer> intList(String key, List<Integer> def) {
        return intList(key, def, true, "a list of positive integers");
    }

    /** As {@link #intList}, but an empty list is rejected. */
    public List<Integer> nonEmptyIntList(String key, List<Integer> def) {
        return intList(key, def, false, "a non-empty list of positive integers");
    }

    private List<Integer> intList(String key, List<Integer> def, boolean emptyAllowed, String expected) {
        Object o = map.get(key);
        if (o == null) return def;
        if (!(o instanceof List<?> l) || (l.isEmpty() && !emptyAllowed)) {
            bad(key, o, expected);
            return def;
        }
        List<Integer> out = new ArrayList<>();
        for (Object e : l) {
            if (!(e instanceof Integer i) || i <= 0) bad(key, o, expected);
            out.add((Integer) e);
        }
        return List.copyOf(out);
    }
}
