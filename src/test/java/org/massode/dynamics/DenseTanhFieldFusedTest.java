package org.massode.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The fused float path of {@link DenseTanhField} computes what the op-by-op double path computes. */
class DenseTanhFieldFusedTest {
    @Test
    void floatFusedRhsCacheAndVjpMatchTheDoublePath() {
        int n = 100;
        int batch = 300; // enough rows for the pass to be split across cores
        Nd4j.getRandom().setSeed(7);
        INDArray pd = Nd4j.randn(DataType.DOUBLE, 1, DenseTanhField.layout(n).size()).muli(0.3);
        INDArray yd = Nd4j.randn(DataType.DOUBLE, batch, n);
        INDArray ad = Nd4j.randn(DataType.DOUBLE, batch, n);
        DenseTanhField fd = new DenseTanhField(n, pd);
        DenseTanhField ff = new DenseTanhField(n, pd.castTo(DataType.FLOAT));
        INDArray yf = yd.castTo(DataType.FLOAT);
        INDArray af = ad.castTo(DataType.FLOAT);

        INDArray hd = yd.ulike();
        INDArray cd = yd.ulike();
        fd.rhs(0, yd, hd, cd);
        INDArray hf = yf.ulike();
        INDArray cf = yf.ulike();
        ff.rhs(0, yf, hf, cf);
        assertClose(hd, hf, 2e-5, "rhs");
        assertClose(cd, cf, 2e-5, "cache");

        INDArray gd = Nd4j.zeros(DataType.DOUBLE, 1, pd.length());
        INDArray gf = Nd4j.zeros(DataType.FLOAT, 1, pd.length());
        INDArray yBarD = yd.ulike();
        INDArray yBarF = yf.ulike();
        fd.vjpCached(0, yd, cd, ad, yBarD, gd);
        ff.vjpCached(0, yf, cf, af, yBarF, gf);
        assertClose(yBarD, yBarF, 1e-4, "state cotangent");
        assertClose(gd, gf, 1e-3, "parameter cotangent");
    }

    @Test
    void theFusedEulerReverseStepInPlaceEqualsVjpScaledAndAdded() {
        int n = 60;
        int batch = 600; // two row blocks on two cores: the per-block bias sums are added
        double alpha = 0.25;
        Nd4j.getRandom().setSeed(11);
        for (DataType type : new DataType[]{DataType.DOUBLE, DataType.FLOAT}) {
            INDArray p = Nd4j.randn(DataType.DOUBLE, 1, DenseTanhField.layout(n).size()).muli(0.3).castTo(type);
            INDArray y = Nd4j.randn(DataType.DOUBLE, batch, n).castTo(type);
            INDArray a = Nd4j.randn(DataType.DOUBLE, batch, n).castTo(type);
            DenseTanhField f = new DenseTanhField(n, p);
            INDArray k = y.ulike();
            INDArray cache = y.ulike();
            f.rhs(0, y, k, cache);
            INDArray pgPlain = Nd4j.ones(type, 1, p.length());
            INDArray yBar = y.ulike();
            f.vjpCached(0, y, cache, a.mul(alpha), yBar, pgPlain);
            INDArray expected = a.add(yBar);
            INDArray pgFused = Nd4j.ones(type, 1, p.length());
            INDArray inPlace = a.dup();
            assertTrue(f.vjpAccumulate(0, y, cache, inPlace, alpha, inPlace, pgFused), "DenseTanhField fuses");
            double tol = type == DataType.DOUBLE ? 1e-12 : 1e-5;
            assertClose(expected.castTo(DataType.DOUBLE), inPlace, tol, type + " state cotangent, in place");
            assertClose(pgPlain.castTo(DataType.DOUBLE), pgFused, tol, type + " parameter cotangent, accumulated");
        }
    }

    @Test
    void theFusedEulerStepWritesWhatRhsAndTheUpdateWriteAndFlagsNaN() {
        int n = 70;
        int batch = 600;
        float dt = 0.25f;
        Nd4j.getRandom().setSeed(13);
        INDArray p = Nd4j.randn(DataType.FLOAT, 1, DenseTanhField.layout(n).size()).muli(0.3);
        INDArray y = Nd4j.randn(DataType.FLOAT, batch, n);
        DenseTanhField f = new DenseTanhField(n, p);
        INDArray k = y.ulike();
        INDArray cache = y.ulike();
        f.rhs(0, y, k, cache);
        INDArray out = y.ulike();
        INDArray fusedCache = y.ulike();
        INDArray copy = y.ulike();
        assertEquals(org.massode.ode.OdeSystem.FusedStep.FINITE, f.eulerStep(0, y, dt, out, fusedCache, copy));
        assertClose(cache.castTo(DataType.DOUBLE), fusedCache, 1e-7, "cache");
        assertClose(y.add(k.mul(dt)).castTo(DataType.DOUBLE), out, 1e-6, "y + dt·f(y)");
        assertTrue(y.equalsWithEps(copy, 0.0), "copy of y");
        y.putScalar(5, 3, Float.NaN);
        assertEquals(org.massode.ode.OdeSystem.FusedStep.NON_FINITE, f.eulerStep(0, y, dt, out, fusedCache, null));
        DenseTanhField fd = new DenseTanhField(n, p.castTo(DataType.DOUBLE));
        INDArray yd = y.castTo(DataType.DOUBLE);
        assertEquals(org.massode.ode.OdeSystem.FusedStep.NOT_FUSED, fd.eulerStep(0, yd, dt, yd.ulike(), yd.ulike(), null),
                "double precision takes the general path");
    }

    private static void assertClose(INDArray expected, INDArray actual, double tol, String what) {
        double scale = Math.max(1, expected.amaxNumber().doubleValue());
        double err = expected.sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue() / scale;
        assertTrue(err < tol, what + ": max relative difference " + err);
    }
}
