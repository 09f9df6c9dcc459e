package org.massode.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one place JSON for humans and scripts is produced: {@code --json} prints exactly one object on stdout. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialize result to JSON: " + e.getMessage(), e);
        }
    }

    /** Prints one JSON object on stdout. */
    public static void print(Object value) {
        System.out.println(write(value));
        System.out.flush();
    }
}
