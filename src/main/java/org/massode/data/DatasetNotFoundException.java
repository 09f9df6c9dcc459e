package org.massode.data;

import java.nio.file.Path;
import java.util.List;

/**
 * No folder holds a dataset and it could not be downloaded. The message names every folder searched and every file
 * expected, and how to point the program at a copy ({@code --data-dir} or {@code MASSODE_DATA}).
 */
public final class DatasetNotFoundException extends IllegalArgumentException {
    private final List<Path> searched;
    private final List<String> expected;

    public DatasetNotFoundException(String dataset, List<Path> searched, List<String> expected, String why,
                                    Throwable cause) {
        super("dataset '" + dataset + "' not found; searched " + searched + " for " + String.join(", ", expected)
                + " (each raw or .gz). Pass --data-dir <folder> or set MASSODE_DATA to a folder holding '" + dataset
                + "/' or the files themselves." + (why == null ? "" : " " + why), cause);
        this.searched = List.copyOf(searched);
        this.expected = List.copyOf(expected);
    }

    public List<Path> searched() {
        return searched;
    }

    public List<String> expected() {
        return expected;
    }
}
