package org.massode.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DenseTanhFieldTest {

    /** The fused float pass of the vjp gives the op-by-op result (both ȳ and the parameter gradient). */
    @Test
    void fusedVjpEqualsTheOpByOpPath() {
        int n = 40;
        Nd4j.getRandom().setSeed(9);
        INDArray p = Nd4j.randn(DataType.FLOAT, 1, DenseTanhField.layout(n).size()).muli(0.3);
        DenseTanhField f = new DenseTanhField(n, p);
        INDArray y = Nd4j.randn(DataType.FLOAT, 200, n);
        INDArray a = Nd4j.randn(DataType.FLOAT, 200, n);
        INDArray h = Nd4j.create(DataType.FLOAT, 200, n);
        f.rhs(0, y, h);
        INDArray[] out = new INDArray[4];
        for (int k = 0; k < 2; k++) {
            f.useFusedKernel(k == 0);
            out[2 * k] = Nd4j.create(DataType.FLOAT, 200, n);
            out[2 * k + 1] = Nd4j.zeros(DataType.FLOAT, 1, p.length());
            f.vjpCached(0, y, h, a, out[2 * k], out[2 * k + 1]);
        }
        assertTrue(out[0].equalsWithEps(out[2], 1e-5), "ȳ differs between the fused and the op-by-op path");
        assertTrue(out[1].equalsWithEps(out[3], 1e-4), "∂θ differs between the fused and the op-by-op path");
    }
}
