package org.massode.rhomm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads signal files by extension: {@code .npy} as NumPy arrays, everything else as CSV. */
public final class SignalFiles {
    private SignalFiles() {
    }

    public static Signals read(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
            return NpyFiles.read(file);
        }
        return CsvSignalReader.read(file);
    }

    /** Reads several files (subjects or segments) that must all have the same number of regions. */
    public static List<Signals> readAll(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no signal files given");
        }
        List<Signals> all = new ArrayList<>();
        for (Path f : files) {
            Signals s = read(f);
            if (!all.isEmpty() && s.regions() != all.get(0).regions()) {
                throw new SignalFormatException(s.source(), "has " + s.regions() + " regions (columns) but "
                        + all.get(0).source() + " has " + all.get(0).regions());
            }
            all.add(s);
        }
        return all;
    }
}
