package org.massode.data;

import java.nio.file.Path;

/**
 * A data file that exists but cannot be used: corrupt, truncated, malformed or not the expected file. The message
 * always names the file and says what was expected and what was found, so a user can tell a bad download from a bug.
 */
public class DataFileException extends IllegalArgumentException {
    private final String file;

    public DataFileException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public DataFileException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public DataFileException(Path file, String problem, Throwable cause) {
        this(file.toString(), problem, cause);
    }

    public DataFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file (or resource, or URL) the problem is in. */
    public String file() {
        return file;
    }
}
