package org.massode.train;

/**
 * Learning-rate schedule over a run: {@code NONE} keeps η constant; {@code LINEAR} decays it linearly to 0 over the
 * run's iterations, η(i) = η₀·(1 − i/I), which settles Adam's noisy final iterates ({@link LinearDecaySchedule}).
 */
public enum LrDecay {
    NONE,
    LINEAR
}
