package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.massode.cli.QuickstartCommand;

/**
 * The quickstart schedule of the Wilson–Cowan classifier (DENSE coupling, cross-entropy readout, Euler dt 0.25 to
 * T = 1, sharpness 1000, Adam 0.02 decayed linearly to 0, batch 100) trained on the bundled MNIST sample learns: ≥ 85 % on its 1,000
 * test images. The wall time is printed, not asserted (timings are benchmarks, see experiments/results/BENCHMARKS.md).
 */
class WilsonCowanShortTrainingTest {

    @Test
    void quickstartScheduleOnBundledSampleReaches85Percent() {
        ExperimentConfig cfg = QuickstartCommand.config("wc", QuickstartCommand.WC_EPOCHS, 42, 0);
        Trainer.Result r = new Trainer(cfg, null).run(null);
        System.out.printf("WC quickstart schedule: accuracy %.4f on %d test images after %d epochs, %.1f s%n",
                r.testAccuracy(), r.testSize(), r.epochs(), r.seconds());
        assertTrue(r.testAccuracy() >= 0.85, "accuracy " + r.testAccuracy() + " < 0.85");
    }
}
