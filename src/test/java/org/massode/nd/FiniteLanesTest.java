package org.massode.nd;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiniteLanesTest {

    private static boolean probe(float bad, int at) {
        int n = 37; // not a multiple of any vector width: the tail lanes count too
        float[] lanes = new float[n + 5];
        FiniteLanes.clear(lanes, n);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (i - 18) * 1e30f;
        FiniteLanes.add(lanes, v, n);
        v[at] = bad;
        FiniteLanes.add(lanes, v, n);
        return FiniteLanes.allFinite(lanes, n);
    }

    @Test
    void finiteValuesOfAnySizeKeepTheProbeClean() {
        assertTrue(probe(Float.MAX_VALUE, 3));
        assertTrue(probe(-Float.MIN_VALUE, 36));
    }

    @Test
    void nanOrInfinityInAnyLaneIsReported() {
        assertFalse(probe(Float.NaN, 0));
        assertFalse(probe(Float.POSITIVE_INFINITY, 36));
        assertFalse(probe(Float.NEGATIVE_INFINITY, 17));
    }

    @Test
    void clearStartsAFreshProbe() {
        float[] lanes = {Float.NaN, 0, 0};
        FiniteLanes.clear(lanes, 3);
        assertTrue(FiniteLanes.allFinite(lanes, 3));
    }
}
