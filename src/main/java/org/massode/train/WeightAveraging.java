package org.massode.train;

/**
 * Stochastic weight averaging (Izmailov et al., <i>Averaging Weights Leads to Wider Optima and Better
 * Generalization</i>, 2018; PyTorch's {@code torch.optim.swa_utils}): the trained model is the mean of the parameters
 * at the ends of epochs {@code start … epochs},
 * <pre>θ̄ = (1/n)·Σ_{e ≥ start} θ_e,</pre>
 * while the learning rate reaches {@code lr} at the start of epoch {@code start} (linearly under {@code lrDecay:
 * linear}, in one step otherwise) and stays there, so that the averaged iterates keep exploring the basin instead of
 * freezing in one point of it.
 *
 * @param start first epoch whose end enters the average (config key {@code swaStart}; 0 for no averaging)
 * @param lr    the learning rate from epoch {@code start} on (config key {@code swaLr})
 */
public record WeightAveraging(int start, double lr) {
    public static final WeightAveraging NONE = new WeightAveraging(0, 0);

    public WeightAveraging {
        if (start < 0) throw new IllegalArgumentException("swaStart must be >= 0, got " + start);
        if (start == 1) {
            throw new IllegalArgumentException("swaStart must be >= 2: the first epoch trains at lr before averaging");
        }
        if (start > 0 && !(lr > 0 && Double.isFinite(lr))) {
            throw new IllegalArgumentException("swaLr must be a positive learning rate when swaStart is set, got " + lr);
        }
    }

    public boolean enabled() {
        return start > 0;
    }

    /** Whether the end of {@code epoch} enters the average. */
    public boolean includes(int epoch) {
        return enabled() && epoch >= start;
    }

    /** The epochs over which the learning rate moves from lr to {@link #lr()}: all of them without averaging. */
    public int scheduleEpochs(int epochs) {
        return enabled() ? start - 1 : epochs;
    }

    /** The rate the schedule ends at: {@link #lr()} with averaging, 0 without. */
    public double finalLr() {
        return enabled() ? lr : 0;
    }
}
