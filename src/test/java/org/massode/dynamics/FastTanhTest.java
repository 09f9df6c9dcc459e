package org.massode.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastTanhTest {
    @Test
    void agreesWithMathTanhToFloatPrecisionEverywhere() {
        double worst = 0;
        for (int i = -2_000_000; i <= 2_000_000; i++) {
            float x = i * 1e-5f; // [-20, 20] in steps of 1e-5
            worst = Math.max(worst, Math.abs(FastTanh.tanh(x) - Math.tanh(x)));
        }
        assertTrue(worst < 5e-7, "max |error| " + worst);
    }

    @Test
    void sigmoidIsHalfOfOnePlusTanhOfHalf() {
        float[] a = new float[4001];
        for (int i = 0; i < a.length; i++) a[i] = (i - 2000) * 0.01f;
        float[] x = a.clone();
        FastTanh.sigmoid(a, a.length);
        double worst = 0;
        for (int i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - 1 / (1 + Math.exp(-x[i]))));
        assertTrue(worst < 3e-7, "max |error| " + worst);
    }

    @Test
    void isOddSaturatesAndPassesNaNThrough() {
        for (float x : new float[]{0.1f, 1.3f, 4f, 8.5f}) assertEquals(-FastTanh.tanh(x), FastTanh.tanh(-x));
        assertEquals(1f, FastTanh.tanh(Float.POSITIVE_INFINITY), 1e-6f);
        assertEquals(-1f, FastTanh.tanh(-1e30f), 1e-6f);
        assertEquals(0f, FastTanh.tanh(0f));
        // the solver's NaN check must still see a NaN pre-activation
        assertTrue(Float.isNaN(FastTanh.tanh(Float.NaN)), "NaN was clamped to a number");
    }
}
