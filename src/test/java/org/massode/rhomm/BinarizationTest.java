package org.massode.rhomm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Binarization thresholds on small arrays whose answers are known by hand. */
class BinarizationTest {
    // column 0: 1..5 (median 3, mean 3); column 1: 0, 0, 0, 10, 1 (median 0, mean 2.2, p75 = 1)
    private static final Signals X = Signals.of("x", new double[][]{{1, 0}, {2, 0}, {3, 0}, {4, 10}, {5, 1}});

    private static double[] column(Signals s, int i) {
        return s.column(i);
    }

    @Test
    void medianPutsValuesStrictlyAboveTheMedianUp() {
        Signals s = new Binarizer(Threshold.parse("median")).apply(X);
        assertArrayEquals(new double[]{-1, -1, -1, 1, 1}, column(s, 0));
        assertArrayEquals(new double[]{-1, -1, -1, 1, 1}, column(s, 1));
    }

    @Test
    void meanAndZscoreAgreeAndUseTheMean() {
        Signals mean = new Binarizer(Threshold.parse("mean")).apply(X);
        Signals z = new Binarizer(Threshold.parse("zscore")).apply(X);
        assertArrayEquals(new double[]{-1, -1, -1, 1, 1}, column(mean, 0));
        assertArrayEquals(new double[]{-1, -1, -1, 1, -1}, column(mean, 1)); // 1 < 2.2
        assertArrayEquals(mean.values(), z.values());
    }

    @Test
    void percentileInterpolatesLinearlyLikeNumpy() {
        // p25 of 1..5 is 2: values 3, 4, 5 are above
        Signals s = new Binarizer(Threshold.parse("p25")).apply(X);
        assertArrayEquals(new double[]{-1, -1, 1, 1, 1}, column(s, 0));
        assertEquals(2.0, Threshold.parse("p25").value(new double[]{1, 2, 3, 4, 5}), 0);
        assertEquals(1.5, Threshold.parse("p12.5").value(new double[]{1, 2, 3, 4, 5}), 1e-12);
    }

    @Test
    void constantChannelIsRejectedByColumn() {
        Signals c = Signals.of("c.csv", new double[][]{{1, 7}, {2, 7}, {3, 7}});
        var e = assertThrows(SignalFormatException.class, () -> new Binarizer(Threshold.median()).apply(c));
        assertTrue(e.getMessage().contains("c.csv") && e.getMessage().contains("column 2")
                && e.getMessage().contains("constant"), e.getMessage());
    }

    @Test
    void badThresholdNamesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Threshold.parse("p0"));
        assertThrows(IllegalArgumentException.class, () -> Threshold.parse("p100"));
        var e = assertThrows(IllegalArgumentException.class, () -> Threshold.parse("quartile"));
        assertTrue(e.getMessage().contains("quartile"));
    }
}
