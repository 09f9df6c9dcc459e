package org.massode.data.imdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.massode.data.DataFileException;
import org.massode.data.Split;

/**
 * Reads the official {@code aclImdb} layout: {@code <root>/train|test/pos|neg/<id>_<rating>.txt}, one UTF-8 review per
 * file; {@code unsup/} is ignored. Files are read in a fixed order (negatives then positives, each by file name) so
 * results do not depend on the file system. A file that is not valid UTF-8 or is empty fails with its name.
 */
public final class AclImdbReader {
    private AclImdbReader() {
    }

    /** True when {@code root} has the four {@code train|test/pos|neg} folders. */
    public static boolean isAclRoot(Path root) {
        for (String s : List.of("train", "test")) {
            for (String l : List.of("pos", "neg")) if (!Files.isDirectory(root.resolve(s).resolve(l))) return false;
        }
        return true;
    }

    public static List<Review> read(Path root, Split split) {
        Path dir = root.resolve(split == Split.TRAIN ? "train" : "test");
        List<Review> out = new ArrayList<>(12_500 * 2);
        readLabel(dir.resolve("neg"), 0, out);
        readLabel(dir.resolve("pos"), 1, out);
        return out;
    }

    private static void readLabel(Path dir, int label, List<Review> out) {
        if (!Files.isDirectory(dir)) throw new DataFileException(dir, "missing folder of the aclImdb layout");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted(Comparator.comparing(
                    (Path p) -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new DataFileException(dir, "cannot list (" + e.getMessage() + ")", e);
        }
        for (Path f : files) {
            String text = decode(f);
            if (text.isBlank()) throw new DataFileException(f, "empty review");
            out.add(new Review(text, label));
        }
    }

    private static String decode(Path f) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(f)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(f, "not valid UTF-8 text (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataFileException(f, "cannot read (" + e.getMessage() + ")", e);
        }
    }
}
