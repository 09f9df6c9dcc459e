package org.massode.train;

import java.util.Map;
import org.massode.dynamics.HopfieldActivation;
import org.massode.dynamics.InputMode;

/**
 * The keys of an experiment that only the {@code hopfield} model reads: how the image enters (drive or initial
 * state), the symmetric constraint, the time constant, the nonlinearity and the readout (linear softmax or the
 * planted-attractor distance readout) and the
 * initial coupling scale (W ~ N(0, weightGain²/N)); {@code hopfieldNodes} &gt; 0 puts a linear DL4J dense front end
 * (inputs → hopfieldNodes) before the Hopfield layer, 0 runs the Hopfield layer on the inputs themselves.
 */
public record HopfieldOptions(InputMode inputMode, boolean symmetric, double tau, HopfieldActivation activation,
                              String readout, double weightGain, int hopfieldNodes) {

    public static final HopfieldOptions DEFAULT = new HopfieldOptions(InputMode.DRIVE, false, 1.0,
            HopfieldActivation.TANH, "softmax", 0.5, 0);

    public void putInto(Map<String, Object> m) {
        m.put("inputMode", inputMode.name().toLowerCase());
        m.put("symmetric", symmetric);
        m.put("tau", tau);
        m.put("activation", activation.name().toLowerCase());
        m.put("readout", readout);
        m.put("weightGain", weightGain);
        m.put("hopfieldNodes", hopfieldNodes);
    }
}
