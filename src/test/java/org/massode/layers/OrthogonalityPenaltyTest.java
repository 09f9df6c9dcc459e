package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class OrthogonalityPenaltyTest {
    @Test
    void gradientMatchesFiniteDifferences() {
        Nd4j.getRandom().setSeed(4);
        INDArray phi = Nd4j.randn(DataType.DOUBLE, 7, 5);
        INDArray g = Nd4j.zeros(DataType.DOUBLE, 7, 5);
        // one instance throughout: every perturbed Φ must be seen as new, not served from the cache
        OrthogonalityPenalty p = new OrthogonalityPenalty(0.3);
        p.addGradient(phi, g);
        double eps = 1e-6;
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 5; j++) {
                double v = phi.getDouble(i, j);
                phi.putScalar(i, j, v + eps);
                double rp = p.value(phi);
                phi.putScalar(i, j, v - eps);
                double rm = p.value(phi);
                phi.putScalar(i, j, v);
                assertEquals((rp - rm) / (2 * eps), g.getDouble(i, j), 1e-7, "entry " + i + "," + j);
            }
        }
    }

    @Test
    void valueIsTheScaledSumOfAbsoluteOffDiagonalCosines() {
        Nd4j.getRandom().setSeed(5);
        INDArray phi = Nd4j.randn(DataType.DOUBLE, 9, 6);
        phi.getColumn(4).assign(0); // a zero column has no direction: it adds nothing
        double sum = 0;
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                if (i == j || i == 4 || j == 4) continue;
                INDArray a = phi.getColumn(i);
                INDArray b = phi.getColumn(j);
                sum += Math.abs(a.mul(b).sumNumber().doubleValue() / (a.norm2Number().doubleValue()
                        * b.norm2Number().doubleValue()));
            }
        }
        assertEquals(0.3 * sum / (6 * 5), new OrthogonalityPenalty(0.3).value(phi), 1e-12);
        INDArray g = Nd4j.zeros(DataType.DOUBLE, 9, 6);
        new OrthogonalityPenalty(0.3).addGradient(phi, g);
        assertEquals(0, g.getColumn(4).norm2Number().doubleValue(), 0, "no gradient on the zero column");
        assertEquals(0, new OrthogonalityPenalty(0.3).value(Nd4j.eye(5).castTo(DataType.DOUBLE)), 1e-15,
                "orthonormal columns cost nothing");
    }

    /** Φ as DL4J hands it over: a [N, m] reshape of a block of the flat parameter vector, at a nonzero offset. */
    private static INDArray phiView(INDArray flat, int n, int m) {
        return flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 1),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(3, 3 + n * m)).reshape('c', n, m);
    }

    @Test
    void theGradientAfterTheValueOfTheSameFloatPhiEqualsAFreshOne() {
        Nd4j.getRandom().setSeed(6);
        INDArray flat = Nd4j.randn(DataType.FLOAT, 1, 3 + 40 * 30 + 5);
        INDArray phi = phiView(flat, 40, 30);
        OrthogonalityPenalty cached = new OrthogonalityPenalty(0.01);
        double v = cached.value(phi);
        INDArray g = Nd4j.zeros(DataType.FLOAT, 40, 30);
        cached.addGradient(phi, g);
        INDArray fresh = Nd4j.zeros(DataType.FLOAT, 40, 30);
        new OrthogonalityPenalty(0.01).addGradient(phi.dup(), fresh);
        assertEquals(0, g.sub(fresh).norm1Number().doubleValue(), 0, "same Φ, same gradient");
        assertEquals(new OrthogonalityPenalty(0.01).value(phi.dup()), v, 0);

        // one element changed between value and gradient (the next iteration's Φ): recomputed, not reused
        phi.putScalar(7, 11, phi.getFloat(7, 11) + 0.5f);
        INDArray g2 = Nd4j.zeros(DataType.FLOAT, 40, 30);
        cached.addGradient(phi, g2);
        INDArray fresh2 = Nd4j.zeros(DataType.FLOAT, 40, 30);
        new OrthogonalityPenalty(0.01).addGradient(phi.dup(), fresh2);
        assertEquals(0, g2.sub(fresh2).norm1Number().doubleValue(), 0, "changed Φ, recomputed gradient");
        assertTrue(g2.sub(g).norm1Number().doubleValue() > 0);
        assertEquals(new OrthogonalityPenalty(0.01).value(phi.dup()), cached.value(phi), 0);
    }

    @Test
    void floatAndDoubleAgree() {
        Nd4j.getRandom().setSeed(7);
        INDArray phi = Nd4j.randn(DataType.DOUBLE, 50, 20);
        INDArray gd = Nd4j.zeros(DataType.DOUBLE, 50, 20);
        INDArray gf = Nd4j.zeros(DataType.FLOAT, 50, 20);
        OrthogonalityPenalty p = new OrthogonalityPenalty(0.2);
        double vd = p.value(phi);
        p.addGradient(phi, gd);
        double vf = p.value(phi.castTo(DataType.FLOAT));
        p.addGradient(phi.castTo(DataType.FLOAT), gf);
        assertEquals(vd, vf, 1e-6 * Math.abs(vd));
        assertEquals(0, gd.sub(gf.castTo(DataType.DOUBLE)).norm2Number().doubleValue(), 1e-5 * gd.norm2Number().doubleValue());
    }
}
