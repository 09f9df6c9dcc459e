package org.massode.layers;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.massode.dynamics.BistableNode;
import org.massode.dynamics.WilsonCowanConstants;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The K planted attractors of an N-node network: attractor k takes the node's low stable value on the block
 * [k·⌊N/(K+2)⌋, (k+1)·⌊N/(K+2)⌋) and the high value elsewhere; Q is an orthonormal basis of their span (QR), which
 * the spectral parametrization puts in the kernel of A so that every attractor is a fixed point of the network.
 */
public final class PlantedAttractors {
    private final int nodes;
    private final int classes;
    private final BistableNode node;
    private final double[][] patterns;

    public PlantedAttractors(int nodes, int classes, WilsonCowanConstants constants) {
        if (classes < 2) throw new IllegalArgumentException("classes must be >= 2, got " + classes);
        int block = nodes / (classes + 2);
        if (block < 1) {
            throw new IllegalArgumentException("nodes (" + nodes + ") must be at least classes + 2 (" + (classes + 2)
                    + ") to plant one block per class");
        }
        this.nodes = nodes;
        this.classes = classes;
        this.node = BistableNode.of(constants);
        this.patterns = new double[classes][nodes];
        for (int k = 0; k < classes; k++) {
            for (int i = 0; i < nodes; i++) {
                patterns[k][i] = (i >= k * block && i < (k + 1) * block) ? node.low() : node.high();
            }
        }
    }

    public BistableNode node() {
        return node;
    }

    /** Excitatory attractor vectors, [K, N]. */
    public INDArray excitatory(DataType type) {
        return Nd4j.createFromArray(patterns).castTo(type);
    }

    /** Full fixed points [x | y] with y at the inhibitory equilibrium, [K, 2N]. */
    public INDArray fullStates(DataType type) {
        INDArray s = Nd4j.zeros(type, classes, 2L * nodes);
        for (int k = 0; k < classes; k++) {
            for (int i = 0; i < nodes; i++) {
                s.putScalar(k, i, patterns[k][i]);
                s.putScalar(k, nodes + i, node.inhibitory());
            }
        }
        return s;
    }

    /** Orthonormal basis of the attractors' span, [N, K]. */
    public INDArray basis(DataType type) {
        RealMatrix p = new Array2DRowRealMatrix(patterns).transpose();
        RealMatrix q = new QRDecomposition(p).getQ().getSubMatrix(0, nodes - 1, 0, classes - 1);
        return Nd4j.createFromArray(q.getData()).castTo(type);
    }

    public int nodes() {
        return nodes;
    }

    public int classes() {
        return classes;
    }
}
