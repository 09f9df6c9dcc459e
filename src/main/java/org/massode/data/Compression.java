package org.massode.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opens data files transparently: {@code *.gz} is gunzipped, anything else is read as is. */
final class Compression {
    private Compression() {
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (!isGzip(file)) return raw;
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (ZipException e) {
            raw.close();
            throw new DataFileException(file, "not a valid gzip file (" + e.getMessage() + ")", e);
        }
    }

    /** The whole (decompressed) content; a corrupt gzip stream is reported with the file's name. */
    static byte[] readAll(Path file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (ZipException | java.io.EOFException e) {
            throw new DataFileException(file, "corrupt or truncated gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Same as {@link #readAll(Path)} for a stream (a classpath resource or a download). */
    static byte[] readAll(InputStream raw, String name, boolean gzip) {
        try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return in.readAllBytes();
        } catch (ZipException | java.io.EOFException e) {
            throw new DataFileException(name, "corrupt or truncated gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataFileException(name, "cannot read (" + e.getMessage() + ")", e);
        }
    }
}
