package org.massode.train;

/**
 * Learning-rate schedule over a run: {@code NONE} keeps η constant; {@code LINEAR} decays it linearly to 0 over the
 * run's iterations, η(i) = η₀·(1 − i/I), which settles Adam's noisy final iterates (DL4J's {@code PolySchedule} with
 * power 1).
 */
public enum LrDecay {
    NONE,
    LINEAR
}
