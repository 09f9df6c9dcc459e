package org.massode.data;

/** A file whose checksum differs from the one in its {@code datasets-config/<name>.yaml}; never used silently. */
public final class ChecksumMismatchException extends DataFileException {
    private final String expected;
    private final String actual;

    public ChecksumMismatchException(String file, String algorithm, String expected, String actual, String what) {
        super(file, "checksum mismatch: expected " + algorithm + " " + expected + " (" + what + ") but got " + actual
                + "; the file is corrupt, truncated or not the official one — delete it and fetch it again");
        this.expected = expected;
        this.actual = actual;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
