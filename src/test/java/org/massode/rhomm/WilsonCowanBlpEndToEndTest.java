package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.massode.dynamics.WilsonCowanConstants;

/**
 * The realistic case of the RHoMM issue at a size a test can afford: noisy Wilson–Cowan nodes on a known 20-node
 * connectivity → band-limited power → median binarization → RHoMM. With the 1972 limit-cycle node held just below the
 * onset of its oscillation, excitatory input raises a node's band power, so the binarized BLP follows the
 * generating connectivity; with the classifier's bistable reference node it does not (the rate barely moves).
 */
class WilsonCowanBlpEndToEndTest {

    private static ConnectivityMetrics fit(WilsonCowanConstants node) {
        double[][] truth = ObjectiveNetwork.builder().nodes(20).topology(Topology.MODULAR).excitatoryFraction(0.7)
                .seed(2).build().couplings();
        Signals x = new NoisyWilsonCowan(node, truth, 1.0, 1.0, 0.02).simulate(0.1, 200_000, 2, 2000, 2);
        Signals blp = new BandLimitedPower(0.02, 0.16, 12).apply(x);
        RhommConfig config = RhommConfig.builder().learningRate(10).maxEpochs(2000).tolerance(1e-5).patience(5)
                .seed(1).build();
        return new RhommPipeline(Threshold.median(), config, 0.2).run(List.of(blp), truth).ec();
    }

    @Test
    void bandPowerOfOscillatoryNodesRevealsTheGeneratingConnectivity() {
        ConnectivityMetrics ec = fit(WilsonCowanConstants.CLASSIC_OSCILLATOR.withDrive(-3.0));
        assertTrue(ec.correlation() > 0.4, "EC correlation " + ec.correlation());
        assertTrue(ec.signAccuracy() > 0.8, "sign accuracy on the strongest links " + ec.signAccuracy());
    }

    @Test
    void bandPowerOfBistableReferenceNodesDoesNot() {
        ConnectivityMetrics ec = fit(WilsonCowanConstants.REFERENCE.withDrive(-1.4));
        assertTrue(Math.abs(ec.correlation()) < 0.3, "EC correlation " + ec.correlation());
    }
}
