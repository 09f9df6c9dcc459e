package org.massode.train;

import java.nio.file.Path;

/**
 * The training loss became NaN or infinite. The message names the epoch and the iteration and points to the last
 * checkpoint written before, which holds the last parameters known to be good.
 */
public final class DivergenceException extends RuntimeException {
    private final int epoch;
    private final int iteration;
    private final Path lastCheckpoint;

    /**
     * @param epoch          1-based epoch in which the loss diverged
     * @param iteration      1-based mini-batch within that epoch
     * @param totalIteration iterations since the start of training
     * @param loss           the non-finite loss
     * @param lastCheckpoint the last checkpoint written, or null when none was written yet
     * @param runDir         the run's output folder, for the resume hint
     */
    public DivergenceException(int epoch, int iteration, long totalIteration, double loss, Path lastCheckpoint,
                               Path runDir) {
        super(message(epoch, iteration, totalIteration, loss, lastCheckpoint, runDir));
        this.epoch = epoch;
        this.iteration = iteration;
        this.lastCheckpoint = lastCheckpoint;
    }

    private static String message(int epoch, int iteration, long total, double loss, Path ckpt, Path runDir) {
        String head = "training diverged: the loss became " + loss + " at epoch " + epoch + ", iteration " + iteration
                + " (iteration " + total + " of the run). ";
        if (ckpt == null) {
            return head + "No checkpoint was written before (the run diverged in its first epoch); lower lr in the "
                    + "config and start again.";
        }
        return head + "The last good checkpoint is " + ckpt + "; continue from it with `train --resume " + runDir
                + " --lr <lower>` (resuming with the same lr replays the same batches and diverges again).";
    }

    public int epoch() {
        return epoch;
    }

    public int iteration() {
        return iteration;
    }

    /** The last checkpoint written before the divergence, or null. */
    public Path lastCheckpoint() {
        return lastCheckpoint;
    }
}
