package org.massode.memory;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.massode.dynamics.FiringRateSystem;
import org.nd4j.linalg.factory.Nd4j;

/** Bad input gets an error naming the value: lengths, alphabets, too many patterns, negative rates, fractions. */
class MemoryBadInputTest {

    private static void expect(Runnable r, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::run);
        for (String p : parts) assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
    }

    @Test
    void patternsOfTheWrongLengthOrAlphabetAreRejected() {
        ExcitatoryInhibitoryMemory.Builder b = ExcitatoryInhibitoryMemory.builder().excitatory(10).inhibitory(2);
        expect(() -> b.build(new double[][]{{1, 0, 0}}), "pattern 0", "expected length 10", "got 3");
        double[][] bad = new double[1][10];
        bad[0][0] = 1;
        bad[0][4] = 0.5;
        expect(() -> b.build(bad), "pattern 0, unit 4", "{0, 1}", "0.5");
        double[][] pm = Patterns.bipolar(2, 10, new Random(1));
        pm[1][3] = 0;
        expect(() -> HopfieldMemoryModel.classic(pm, 10, 2, 1), "pattern 1, unit 3", "{-1, 1}", "0.0");
    }

    @Test
    void morePatternsThanTheConstructionSupportsAreRejected() {
        double[][] xi = Patterns.sparse(12, 10, 3, new Random(2));
        expect(() -> ExcitatoryInhibitoryMemory.builder().excitatory(10).inhibitory(2).build(xi),
                "too many patterns: 12 > 10");
        expect(() -> MemoryModels.build(MemorySettings.defaults("fr-ei", 50, 41, 1)), "--patterns 41", "40 excitatory");
        double[][] same = {{1, 1, 0, 0}, {1, 1, 0, 0}};
        expect(() -> ExcitatoryInhibitoryMemory.builder().excitatory(4).inhibitory(1).build(same), "linearly dependent");
    }

    @Test
    void negativeRatesAndOutOfRangeFractionsAreRejected() {
        expect(() -> FiringRateSystem.requireRates(Nd4j.createFromArray(new double[][]{{0.2, -0.3}}), "x0"),
                "x0", "-0.3", "unit 1");
        MemoryModel m = MemoryModels.build(MemorySettings.defaults("fr-ei", 20, 2, 1));
        expect(() -> m.initialState(Nd4j.createFromArray(new double[1][16]).subi(1)), "initial state", "-1.0");
        expect(() -> new Corruption(Corruption.Kind.FLIP, 1.5), "[0, 1]", "1.5");
        expect(() -> new Corruption(Corruption.Kind.ERASE, -0.1), "[0, 1]", "-0.1");
        expect(() -> MemorySettings.defaults("hopfield-x", 20, 2, 1), "--model", "hopfield-x");
    }
}
