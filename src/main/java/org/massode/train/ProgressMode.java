package org.massode.train;

/** How {@link Trainer} reports progress within an epoch. */
public enum ProgressMode {
    /** A progress bar when stderr is attached to a terminal, plain log lines otherwise. */
    AUTO,
    /** A progress bar per epoch (loss, samples/s, ETA). */
    BAR,
    /** One plain log line every N batches (for CI logs and nohup). */
    LOG,
    /** Only the per-epoch summary line. */
    NONE;

    /** Resolves {@link #AUTO}: a terminal is assumed when the JVM has a console (stdin and stdout are ttys). */
    public ProgressMode resolve() {
        if (this != AUTO) return this;
        return System.console() != null && System.getenv("CI") == null ? BAR : LOG;
    }
}
