package org.massode.train;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar per epoch ({@code me.tongfei:progressbar}): batches done, loss, samples/s and ETA. */
final class ProgressBarReporter implements ProgressReporter {
    private ProgressBar bar;
    private int batchSize;
    private long start;

    @Override
    public void startEpoch(int epoch, int epochs, int batches, int batchSize) {
        endEpoch();
        this.batchSize = batchSize;
        this.start = System.nanoTime();
        bar = new ProgressBarBuilder().setTaskName("epoch " + epoch + "/" + epochs).setInitialMax(batches)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" batches", 1).setMaxRenderedLength(140)
                .continuousUpdate().build();
    }

    @Override
    public void batchDone(int batch, double meanLoss) {
        if (bar == null) return;
        double el = (System.nanoTime() - start) / 1e9;
        bar.stepTo(batch);
        bar.setExtraMessage(String.format(Locale.ROOT, " loss %.4f, %.0f samples/s", meanLoss,
                batch * (double) batchSize / Math.max(el, 1e-9)));
    }

    @Override
    public void endEpoch() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
