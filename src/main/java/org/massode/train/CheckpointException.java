package org.massode.train;

/** A checkpoint folder has no usable checkpoint, or a checkpoint file cannot be read. The message names the path. */
public final class CheckpointException extends RuntimeException {
    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
