package org.massode.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.massode.layers.PlantedAttractors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class WilsonCowanSystemTest {

    @Test
    void uncoupledNodeIsBistableAtThePapersValues() {
        BistableNode node = BistableNode.of(WilsonCowanConstants.REFERENCE);
        assertEquals(0.21359, node.low(), 1e-5);
        assertEquals(0.37327, node.high(), 1e-5);
        assertEquals(0.45256, node.inhibitory(), 1e-5);
    }

    @Test
    void vjpMatchesFiniteDifferencesOfTheRightHandSide() {
        int n = 6;
        Nd4j.getRandom().setSeed(3);
        INDArray flat = Nd4j.randn(DataType.DOUBLE, 1, WilsonCowanSystem.layout(n).size()).muli(0.5);
        WilsonCowanSystem.layout(n).view(flat, "gamma").assign(0.3);
        WilsonCowanSystem sys = new WilsonCowanSystem(n, WilsonCowanConstants.REFERENCE, flat);
        INDArray s = Nd4j.rand(DataType.DOUBLE, 4, n);
        INDArray a = Nd4j.randn(DataType.DOUBLE, 4, n);
        INDArray gs = s.ulike();
        INDArray gp = Nd4j.zeros(DataType.DOUBLE, 1, flat.length());
        sys.vjp(0, s, a, gs, gp);
        double eps = 1e-6;
        for (INDArray target : new INDArray[]{s, flat}) {
            INDArray grad = target == s ? gs : gp;
            INDArray t = target.reshape(target.length());
            INDArray g = grad.reshape(grad.length());
            for (int i = 0; i < t.length(); i++) {
                double v = t.getDouble(i);
                t.putScalar(i, v + eps);
                INDArray fp = s.ulike();
                sys.rhs(0, s, fp);
                t.putScalar(i, v - eps);
                INDArray fm = s.ulike();
                sys.rhs(0, s, fm);
                t.putScalar(i, v);
                double fd = fp.sub(fm).muli(a).sumNumber().doubleValue() / (2 * eps);
                assertEquals(fd, g.getDouble(i), 1e-7 * Math.max(1, Math.abs(fd)), "component " + i);
            }
        }
    }

    @Test
    void plantedAttractorsAreFixedPointsOfTheUncoupledNetwork() {
        int n = 60;
        PlantedAttractors pa = new PlantedAttractors(n, 4, WilsonCowanConstants.REFERENCE);
        INDArray flat = Nd4j.zeros(DataType.DOUBLE, 1, WilsonCowanSystem.layout(n).size());
        WilsonCowanSystem.layout(n).view(flat, "gamma").assign(0.25);
        WilsonCowanSystem sys = new WilsonCowanSystem(n, WilsonCowanConstants.REFERENCE, flat);
        INDArray full = pa.fullStates(DataType.DOUBLE);
        INDArray s = WilsonCowanSystem.stack(full.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n)),
                full.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.interval(n, 2 * n)));
        INDArray f = s.ulike();
        sys.rhs(0, s, f);
        assertTrue(f.norm2Number().doubleValue() < 1e-6, "‖rhs‖ = " + f.norm2Number());
    }

    @Test
    void fusedFloatKernelMatchesTheOpByOpPath() {
        fusedMatchesOpByOp(40, 3);
    }

    @Test
    void fusedFloatKernelMatchesTheOpByOpPathWhenRowsAreSplitAcrossThreads() {
        fusedMatchesOpByOp(128, 64); // 64 rows × 5·128 floats: two blocks on two or more cores
    }

    private static void fusedMatchesOpByOp(int n, int b) {
        Nd4j.getRandom().setSeed(5);
        ParamLayout layout = WilsonCowanSystem.layout(n);
        INDArray flat = Nd4j.randn(DataType.FLOAT, 1, layout.size()).muli(0.5);
        layout.view(flat, "gamma").assign(0.3);
        WilsonCowanSystem sys = new WilsonCowanSystem(n, WilsonCowanConstants.REFERENCE, flat);
        INDArray s = Nd4j.rand(DataType.FLOAT, 2 * b, n);
        INDArray abar = Nd4j.randn(DataType.FLOAT, 2 * b, n);
        INDArray[] ds = new INDArray[2];
        INDArray[] cache = new INDArray[2];
        INDArray[] sBar = new INDArray[2];
        INDArray[] pBar = new INDArray[2];
        for (int k = 0; k < 2; k++) {
            sys.useFusedKernel(k == 0);
            ds[k] = s.ulike();
            cache[k] = s.ulike();
            sBar[k] = s.ulike();
            pBar[k] = Nd4j.zeros(DataType.FLOAT, 1, layout.size());
            sys.rhs(0, s, ds[k], cache[k]);
            sys.vjpCached(0, s, cache[k], abar, sBar[k], pBar[k]);
        }
        assertClose(ds[1], ds[0]);
        assertClose(cache[1], cache[0]);
        assertClose(sBar[1], sBar[0]);
        assertClose(pBar[1], pBar[0]);
    }

    private static void assertClose(INDArray expected, INDArray actual) {
        double err = expected.sub(actual).amaxNumber().doubleValue();
        double scale = Math.max(1, expected.amaxNumber().doubleValue());
        assertTrue(err < 2e-5 * scale, "max difference " + err + " at scale " + scale);
    }
}
