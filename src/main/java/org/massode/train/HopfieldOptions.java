package org.massode.train;

import java.util.Map;
import org.massode.dynamics.HopfieldActivation;
import org.massode.dynamics.InputMode;

/**
 * The keys of an experiment that only the {@code hopfield} model reads: how the image enters (drive or initial
 * state), the symmetric constraint, the time constant, the nonlinearity and the readout (linear softmax or the
 * planted-attractor distance readout).
 */
public record HopfieldOptions(InputMode inputMode, boolean symmetric, double tau, HopfieldActivation activation,
                              String readout) {

    public static final HopfieldOptions DEFAULT = new HopfieldOptions(InputMode.DRIVE, false, 1.0,
            HopfieldActivation.TANH, "softmax");

    public void putInto(Map<String, Object> m) {
        m.put("inputMode", inputMode.name().toLowerCase());
        m.put("symmetric", symmetric);
        m.put("tau", tau);
        m.put("activation", activation.name().toLowerCase());
        m.put("readout", readout);
    }
}
