package org.massode.train;

/** Receives the progress of one epoch's mini-batches. */
public interface ProgressReporter extends AutoCloseable {

    /** A new epoch of {@code batches} mini-batches of (up to) {@code batchSize} examples starts. */
    void startEpoch(int epoch, int epochs, int batches, int batchSize);

    /** Mini-batch {@code batch} (1-based) is done; {@code meanLoss} is the epoch's running mean. */
    void batchDone(int batch, double meanLoss);

    /** The epoch's last batch is done. */
    void endEpoch();

    @Override
    default void close() {
        endEpoch();
    }

    /** A reporter for a resolved mode; {@code logEvery} ≤ 0 means about ten lines per epoch. */
    static ProgressReporter create(ProgressMode mode, int logEvery) {
        return switch (mode.resolve()) {
            case BAR -> new ProgressBarReporter();
            case LOG -> new LogLineReporter(logEvery);
            default -> new ProgressReporter() {
                @Override
                public void startEpoch(int epoch, int epochs, int batches, int batchSize) {
                }

                @Override
                public void batchDone(int batch, double meanLoss) {
                }

                @Override
                public void endEpoch() {
                }
            };
        };
    }
}
