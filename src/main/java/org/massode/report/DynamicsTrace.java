package org.massode.report;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.massode.dynamics.ParamLayout;
import org.massode.dynamics.WilsonCowanConstants;
import org.massode.dynamics.WilsonCowanSystem;
import org.massode.layers.AttractorReadoutImpl;
import org.massode.layers.WilsonCowanLayer;
import org.massode.layers.WilsonCowanLayerImpl;
import org.massode.layers.WilsonCowanParamInitializer;
import org.massode.ode.OdeSolver;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The evaluation-time dynamics of a trained Wilson–Cowan classifier for a few images: x(t) of chosen nodes, the
 * normalized distance of x(t) to every attractor, the final state x(T), and the attractors themselves.
 *
 * <p>The system is rebuilt from the layer's current parameters (A from φ and λ, γ) and integrated with the layer's
 * own evaluation solver over [0, evalTime], so the final states are exactly what {@code evaluate} classifies.
 *
 * @param times       accepted times t₀ … T
 * @param nodes       per image, the node indices traced
 * @param traces      [image][node][step] activity x_i(t)
 * @param distances   [image][class][step] ‖x(t) − p_k‖² / ‖p_k‖²
 * @param finalStates [image][784] x(T)
 * @param attractors  [class][784] the planted attractors p_k
 */
public record DynamicsTrace(double[] times, int[][] nodes, double[][][] traces, double[][][] distances,
                            float[][] finalStates, float[][] attractors) {

    /** True when the network's first layer is a Wilson–Cowan layer read out by attractors. */
    public static boolean supports(MultiLayerNetwork net) {
        return net.getnLayers() == 2 && net.getLayer(0) instanceof WilsonCowanLayerImpl
                && net.getLayer(1) instanceof AttractorReadoutImpl;
    }

    /**
     * Integrates the dynamics for {@code images} ([B, N], values in [0, 1]) whose classes are {@code classes}.
     * Traced nodes per image: three in the block of its class (which the attractor drives low), one in the next
     * class's block and one outside all blocks (both driven high).
     */
    public static DynamicsTrace of(MultiLayerNetwork net, INDArray images, int[] classes) {
        if (!supports(net)) throw new IllegalArgumentException("not a Wilson–Cowan classifier (WC layer + readout)");
        WilsonCowanLayerImpl wc = (WilsonCowanLayerImpl) net.getLayer(0);
        AttractorReadoutImpl readout = (AttractorReadoutImpl) net.getLayer(1);
        WilsonCowanLayer conf = (WilsonCowanLayer) wc.conf().getLayer();
        int n = conf.getNodes();
        int k = conf.getClasses();
        int b = images.rows();
        ParamLayout layout = WilsonCowanSystem.layout(n);
        INDArray params = Nd4j.create(wc.getParam(WilsonCowanParamInitializer.GAMMA).dataType(), 1, layout.size());
        layout.view(params, "A").assign(wc.couplingMatrix());
        layout.view(params, "gamma").assign(wc.getParam(WilsonCowanParamInitializer.GAMMA).getDouble(0));
        WilsonCowanSystem sys = new WilsonCowanSystem(n, WilsonCowanConstants.REFERENCE, params);

        int block = n / (k + 2);
        int[][] nodes = new int[b][];
        for (int i = 0; i < b; i++) {
            int c = classes[i];
            nodes[i] = new int[]{c * block + block / 4, c * block + block / 2, c * block + 3 * block / 4,
                    ((c + 1) % k) * block + block / 2, k * block + block / 2};
        }
        List<Double> times = new ArrayList<>();
        List<double[][]> nodeSteps = new ArrayList<>();
        List<double[][]> distSteps = new ArrayList<>();
        INDArray x0 = wc.initialState(images).castTo(params.dataType());
        INDArray s0 = WilsonCowanSystem.stack(x0, x0);
        INDArray sT = new OdeSolver(conf.solverConfig(conf.getEvalTime())).solve(sys, s0, 0, conf.getEvalTime(),
                (step, t, y) -> {
                    INDArray x = WilsonCowanSystem.excitatory(y);
                    double[][] v = new double[b][];
                    for (int i = 0; i < b; i++) {
                        v[i] = new double[nodes[i].length];
                        for (int j = 0; j < nodes[i].length; j++) v[i][j] = x.getDouble(i, nodes[i][j]);
                    }
                    times.add(t);
                    nodeSteps.add(v);
                    distSteps.add(readout.distances(x.dup()).toDoubleMatrix());
                }).y();
        int steps = times.size();
        double[][][] traces = new double[b][][];
        double[][][] dist = new double[b][k][steps];
        for (int i = 0; i < b; i++) {
            traces[i] = new double[nodes[i].length][steps];
            for (int s = 0; s < steps; s++) {
                for (int j = 0; j < nodes[i].length; j++) traces[i][j][s] = nodeSteps.get(s)[i][j];
                for (int c = 0; c < k; c++) dist[i][c][s] = distSteps.get(s)[i][c];
            }
        }
        double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
        // augmented nodes (beyond the input width) have no place in an image; the maps show the input nodes
        INDArrayIndex image = NDArrayIndex.interval(0, conf.inputWidth());
        float[][] fin = WilsonCowanSystem.excitatory(sT).get(NDArrayIndex.all(), image).dup().toFloatMatrix();
        float[][] att = readout.attractors().get(NDArrayIndex.all(), image).dup().toFloatMatrix();
        return new DynamicsTrace(t, nodes, traces, dist, fin, att);
    }
}
