package org.massode.memory;

import java.util.Random;
import org.massode.dynamics.OverlapMode;

/** Builds the {@link MemoryModel} a {@link MemorySettings} names, with random patterns drawn from its seed. */
public final class MemoryModels {
    private MemoryModels() {
    }

    public static MemoryModel build(MemorySettings s) {
        Random rng = new Random(s.seed());
        if (s.firingRate()) {
            int ne = s.excitatory();
            int ni = s.n() - ne;
            if (s.patterns() > ne) {
                throw new IllegalArgumentException("--patterns " + s.patterns() + " is more than the " + ne
                        + " excitatory units the firing-rate construction supports");
            }
            int k = Math.max(1, (int) Math.round(s.codingLevel() * ne));
            double[][] xi = Patterns.sparse(s.patterns(), ne, k, rng);
            ExcitatoryInhibitoryMemory mem = ExcitatoryInhibitoryMemory.builder().excitatory(ne).inhibitory(ni)
                    .alpha(s.alpha()).theta(s.theta()).rMax(s.rMax()).balanced(s.model().equals("fr-ei")).inhibitoryGain(s.inhibitoryGain()).build(xi);
            return new FiringRateMemoryModel(s.model(), mem);
        }
        double[][] xi = Patterns.bipolar(s.patterns(), s.n(), rng);
        return switch (s.model()) {
            case "classic" -> HopfieldMemoryModel.classic(xi, s.n(), s.kappa(), s.inputGain());
            case "idp" -> HopfieldMemoryModel.idp(xi, s.n(), s.kappa(), s.inputGain(), OverlapMode.LINEAR, s.beta());
            default -> HopfieldMemoryModel.idp(xi, s.n(), s.kappa(), s.inputGain(), OverlapMode.SOFTMAX, s.beta());
        };
    }
}
