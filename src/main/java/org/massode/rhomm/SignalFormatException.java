package org.massode.rhomm;

import org.massode.data.DataFileException;

/**
 * A signal or matrix file (or array) that cannot be used as RHoMM input: the message names the file, the place
 * (line, column, field) and what was expected against what was found.
 */
public class SignalFormatException extends DataFileException {
    public SignalFormatException(String file, String problem) {
        super(file, problem);
    }

    public SignalFormatException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
