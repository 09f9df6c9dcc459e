package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.massode.dynamics.WilsonCowanConstants;
import org.massode.dynamics.WilsonCowanSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** At initialization the spectral A has the attractors in its kernel, so each [x*, y*] is a fixed point. */
class PlantedAttractorFixedPointTest {

    @Test
    void attractorsAreFixedPointsOfTheSpectralNetworkAtInitialization() {
        int n = 784;
        int k = 10;
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3)
                .dataType(DataType.DOUBLE).list()
                .layer(new WilsonCowanLayer.Builder().nodes(n).classes(k).build())
                .layer(new AttractorReadout.Builder().nodes(n).classes(k).build()).build());
        net.init();
        WilsonCowanLayerImpl layer = (WilsonCowanLayerImpl) net.getLayer(0);
        WilsonCowanSystem sys = layer.system();
        INDArray full = new PlantedAttractors(n, k, WilsonCowanConstants.REFERENCE).fullStates(DataType.DOUBLE);
        INDArray s = WilsonCowanSystem.stack(full.get(NDArrayIndex.all(), NDArrayIndex.interval(0, n)),
                full.get(NDArrayIndex.all(), NDArrayIndex.interval(n, 2 * n)));
        INDArray f = s.ulike();
        sys.rhs(0, s, f);
        double norm = f.norm2Number().doubleValue();
        assertTrue(norm < 1e-6, "‖rhs‖ at the planted attractors = " + norm);
        // and the coupling is not trivially zero
        assertTrue(layer.couplingMatrix().norm2Number().doubleValue() > 1, "A should be non-zero");
        Nd4j.getRandom().setSeed(1);
    }
}
