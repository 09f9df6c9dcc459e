package org.massode.rhomm;

/**
 * The result of one training run.
 *
 * @param epochs     gradient steps taken (each on all windows)
 * @param converged  |ΔL|/|L| stayed below the tolerance for {@code patience} consecutive epochs
 * @param diverged   the loss or the parameters became NaN/∞ and training stopped
 * @param lossHistory L before each update, then the final L (length epochs + 1)
 */
public record RhommFit(RhommModel model, int epochs, boolean converged, boolean diverged, double loss,
                       double[] lossHistory, double seconds) {
}
