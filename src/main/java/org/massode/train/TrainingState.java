package org.massode.train;

import java.util.List;
import java.util.Map;

/**
 * Everything besides the network that a checkpoint needs to continue a run exactly where it stopped.
 *
 * <p>The data iterator's position is (epoch, batch): checkpoints are written at epoch ends, so the position is always
 * the first batch of epoch {@code epochsDone + 1}, whose order {@link org.massode.data.EpochOrder} derives from
 * (seed, epoch) alone. The ND4J random generator's two state words are kept so that anything drawing from it after
 * a resume (dropout, weight noise) draws the same numbers as an uninterrupted run.
 *
 * @param epochsDone   completed epochs
 * @param iterations   mini-batches fitted so far
 * @param nextBatch    index of the next mini-batch within epoch {@code epochsDone + 1} (0 at an epoch end)
 * @param rngRoot      ND4J {@code Random.rootState()}
 * @param rngNode      ND4J {@code Random.nodeState()}
 * @param config       the experiment configuration ({@link ExperimentConfig#toMap()})
 * @param metrics      the rows of {@code metrics.csv} so far
 * @param lr           the learning rate in use (differs from the config's after {@code --resume --lr})
 */
public record TrainingState(int epochsDone, long iterations, int nextBatch, long rngRoot, long rngNode,
                            Map<String, Object> config, List<EpochMetrics> metrics, double lr) {
    public TrainingState {
        if (epochsDone < 0 || iterations < 0 || nextBatch < 0) {
            throw new IllegalArgumentException("negative epoch, iteration or batch count in a training state");
        }
        if (config == null || metrics == null) throw new IllegalArgumentException("config and metrics are required");
        metrics = List.copyOf(metrics);
    }
}
