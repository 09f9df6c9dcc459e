package org.massode.train;

/**
 * One row of {@code metrics.csv}: the mean training loss of an epoch, the accuracy on the evaluation subsets of the
 * training and test splits after it, and the wall-clock seconds the epoch took (training and evaluation).
 */
public record EpochMetrics(int epoch, double loss, double trainAccuracy, double testAccuracy, double seconds) {

    /** The same row without the timing, which is the only column that differs between identical runs. */
    public EpochMetrics withoutTime() {
        return new EpochMetrics(epoch, loss, trainAccuracy, testAccuracy, 0);
    }
}
