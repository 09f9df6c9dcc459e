package org.massode.train;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress for logs that are not a terminal (CI, nohup): one line every N batches and at the last batch, with the
 * epoch's running mean loss, the throughput and the remaining time of the epoch.
 */
final class LogLineReporter implements ProgressReporter {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private final int every;
    private int epoch;
    private int epochs;
    private int batches;
    private int batchSize;
    private int stride;
    private long start;

    /** @param every a line every {@code every} batches; ≤ 0 for about ten lines per epoch */
    LogLineReporter(int every) {
        this.every = every;
    }

    @Override
    public void startEpoch(int epoch, int epochs, int batches, int batchSize) {
        this.epoch = epoch;
        this.epochs = epochs;
        this.batches = batches;
        this.batchSize = batchSize;
        this.stride = every > 0 ? every : Math.max(1, batches / 10);
        this.start = System.nanoTime();
    }

    @Override
    public void batchDone(int batch, double meanLoss) {
        if (batch % stride != 0 && batch != batches) return;
        double el = (System.nanoTime() - start) / 1e9;
        double rate = batch * (double) batchSize / Math.max(el, 1e-9);
        double eta = (batches - batch) * el / batch;
        LOG.info(String.format(Locale.ROOT, "epoch %d/%d batch %d/%d loss %.5f %.0f samples/s ETA %.0f s", epoch,
                epochs, batch, batches, meanLoss, rate, eta));
    }

    @Override
    public void endEpoch() {
    }
}
