package org.massode.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Parameters of a {@link WilsonCowanLayer}, as views of the layer's flat vector. SPECTRAL: "phi" [N, N−K]
 * (orthogonal columns × gain), "lambda" [1, N−K] ~ N(μλ, σλ²), "gamma" [1, 1]; DENSE: "A" [N, N] (zeros unless denseInitStd &gt; 0, so the
 * planted attractors start as fixed points), "gamma".
 */
public final class WilsonCowanParamInitializer implements ParamInitializer {
    public static final String PHI = "phi";
    public static final String LAMBDA = "lambda";
    public static final String A = "A";
    public static final String GAMMA = "gamma";

    private static final WilsonCowanParamInitializer INSTANCE = new WilsonCowanParamInitializer();

    public static WilsonCowanParamInitializer getInstance() {
        return INSTANCE;
    }

    static Map<String, long[]> shapes(WilsonCowanLayer l) {
        Map<String, long[]> s = new LinkedHashMap<>();
        long n = l.getNodes();
        long m = n - l.getClasses();
        if (l.getParametrization() == Parametrization.SPECTRAL) {
            s.put(PHI, new long[]{n, m});
            s.put(LAMBDA, new long[]{1, m});
        } else {
            s.put(A, new long[]{n, n});
        }
        s.put(GAMMA, new long[]{1, 1});
        return s;
    }

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public long numParams(Layer layer) {
        long total = 0;
        for (long[] s : shapes((WilsonCowanLayer) layer).values()) total += s[0] * s[1];
        return total;
    }

    @Override
    public List<String> paramKeys(Layer layer) {
        return List.copyOf(shapes((WilsonCowanLayer) layer).keySet());
    }

    @Override
    public List<String> weightKeys(Layer layer) {
        return ((WilsonCowanLayer) layer).getParametrization() == Parametrization.SPECTRAL ? List.of(PHI) : List.of(A);
    }

    @Override
    public List<String> biasKeys(Layer layer) {
        return List.of();
    }

    @Override
    public boolean isWeightParam(Layer layer, String key) {
        return PHI.equals(key) || A.equals(key);
    }

    @Override
    public boolean isBiasParam(Layer layer, String key) {
        return false;
    }

    private static Map<String, INDArray> views(WilsonCowanLayer l, INDArray flat) {
        Map<String, INDArray> out = new LinkedHashMap<>();
        long off = 0;
        INDArray row = flat.reshape(1, flat.length());
        for (Map.Entry<String, long[]> e : shapes(l).entrySet()) {
            long len = e.getValue()[0] * e.getValue()[1];
            out.put(e.getKey(), row.get(NDArrayIndex.interval(0, 0, true), NDArrayIndex.interval(off, off + len))
                    .reshape('c', e.getValue()));
            off += len;
        }
        return out;
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        WilsonCowanLayer l = (WilsonCowanLayer) conf.getLayer();
        Map<String, INDArray> p = views(l, paramsView);
        if (initializeParams) {
            if (l.getParametrization() == Parametrization.SPECTRAL) {
                p.get(PHI).assign(orthogonal(l.getNodes(), l.getNodes() - l.getClasses()).muli(l.getPhiGain()));
                INDArray lam = p.get(LAMBDA);
                lam.assign(Nd4j.randn(lam.dataType(), lam.shape()).muli(l.getLambdaStd()).addi(l.getLambdaMean()));
            } else if (l.getDenseInitStd() > 0) {
                INDArray a = p.get(A);
                a.assign(Nd4j.randn(a.dataType(), a.shape()).muli(l.getDenseInitStd()));
            } else {
                p.get(A).assign(0);
            }
            p.get(GAMMA).assign(l.getGamma());
        }
        return p;
    }

    /** An n×m matrix with orthonormal columns: the Q factor of a Gaussian matrix (as Keras' Orthogonal). */
    private static INDArray orthogonal(int n, int m) {
        double[][] g = Nd4j.randn(org.nd4j.linalg.api.buffer.DataType.DOUBLE, n, m).toDoubleMatrix();
        double[][] q = new QRDecomposition(new Array2DRowRealMatrix(g, false)).getQ()
                .getSubMatrix(0, n - 1, 0, m - 1).getData();
        return Nd4j.createFromArray(q);
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        return views((WilsonCowanLayer) conf.getLayer(), gradientView);
    }
}
