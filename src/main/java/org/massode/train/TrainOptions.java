package org.massode.train;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.optimize.api.TrainingListener;

/**
 * How a run is carried out, as opposed to what is trained ({@link ExperimentConfig}): checkpoint retention,
 * progress reporting, the evaluation subsets and extra DL4J listeners. Build with {@link #builder()}.
 */
public final class TrainOptions {
    private final int keepCheckpoints;
    private final ProgressMode progress;
    private final int logEvery;
    private final int evalLimit;
    private final long batchDelayMs;
    private final List<TrainingListener> listeners;

    private TrainOptions(Builder b) {
        this.keepCheckpoints = b.keepCheckpoints;
        this.progress = b.progress;
        this.logEvery = b.logEvery;
        this.evalLimit = b.evalLimit;
        this.batchDelayMs = b.batchDelayMs;
        this.listeners = List.copyOf(b.listeners);
    }

    public static TrainOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How many of the newest checkpoints are kept in {@code <out>/checkpoints}. */
    public int keepCheckpoints() {
        return keepCheckpoints;
    }

    public ProgressMode progress() {
        return progress;
    }

    /** Log a line every this many batches in {@link ProgressMode#LOG}; ≤ 0 means about ten lines per epoch. */
    public int logEvery() {
        return logEvery;
    }

    /** Examples of each split (the first ones) evaluated after every epoch for {@code metrics.csv}. */
    public int evalLimit() {
        return evalLimit;
    }

    /** A pause after every batch, in ms; 0 normally. Slows a tiny run so that it can be interrupted mid-epoch. */
    public long batchDelayMs() {
        return batchDelayMs;
    }

    /** Extra DL4J listeners attached to the network (e.g. the UI's {@code StatsListener}). */
    public List<TrainingListener> listeners() {
        return listeners;
    }

    /** Builder with validation. */
    public static final class Builder {
        private int keepCheckpoints = 3;
        private ProgressMode progress = ProgressMode.AUTO;
        private int logEvery = 0;
        private int evalLimit = 1000;
        private long batchDelayMs = 0;
        private final List<TrainingListener> listeners = new ArrayList<>();

        public Builder keepCheckpoints(int k) {
            if (k < 1) throw new IllegalArgumentException("keep-checkpoints must be at least 1, got " + k);
            this.keepCheckpoints = k;
            return this;
        }

        public Builder progress(ProgressMode mode) {
            if (mode == null) throw new IllegalArgumentException("progress mode must not be null");
            this.progress = mode;
            return this;
        }

        public Builder logEvery(int batches) {
            if (batches < 0) throw new IllegalArgumentException("log-every must be >= 0 batches, got " + batches);
            this.logEvery = batches;
            return this;
        }

        public Builder evalLimit(int examples) {
            if (examples < 1) throw new IllegalArgumentException("eval-limit must be >= 1 example, got " + examples);
            this.evalLimit = examples;
            return this;
        }

        public Builder batchDelayMs(long ms) {
            if (ms < 0) throw new IllegalArgumentException("batch delay must be >= 0 ms, got " + ms);
            this.batchDelayMs = ms;
            return this;
        }

        public Builder listener(TrainingListener l) {
            if (l == null) throw new IllegalArgumentException("listener must not be null");
            listeners.add(l);
            return this;
        }

        public TrainOptions build() {
            return new TrainOptions(this);
        }
    }
}
