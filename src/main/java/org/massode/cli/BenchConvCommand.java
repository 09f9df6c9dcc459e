package org.massode.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.massode.layers.ConvPoolLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench conv}: the CNN front end of the hybrid classifiers (conv c@3×3 ReLU → max-pool 2 → conv c@3×3 ReLU →
 * max-pool 2 on 28×28 images, then a softmax) built from DL4J's ConvolutionLayer + SubsamplingLayer and from
 * {@link ConvPoolLayer}; seconds per forward (output) and per training step (fit) on one batch, best of n.
 */
@Command(name = "conv", mixinStandardHelpOptions = true,
        description = "DL4J ConvolutionLayer+SubsamplingLayer against ConvPoolLayer on the MNIST front end.")
public final class BenchConvCommand implements Callable<Integer> {
    @Option(names = "--batch", defaultValue = "100")
    int batch;
    @Option(names = "--channels", defaultValue = "32")
    int channels;
    @Option(names = "--repeats", defaultValue = "5")
    int repeats;
    @Option(names = "--json")
    boolean json;

    private MultiLayerNetwork network(boolean ours) {
        NeuralNetConfiguration.ListBuilder l = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
                .updater(new Adam(1e-3)).list();
        if (ours) {
            l.layer(new ConvPoolLayer.Builder().input(1, 28, 28).filters(channels).build())
                    .layer(new ConvPoolLayer.Builder().input(channels, 13, 13).filters(channels).build());
        } else {
            l.layer(new ConvolutionLayer.Builder(3, 3).nOut(channels).activation(Activation.RELU).build())
                    .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                            .stride(2, 2).build())
                    .layer(new ConvolutionLayer.Builder(3, 3).nOut(channels).activation(Activation.RELU).build())
                    .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2)
                            .stride(2, 2).build());
        }
        l.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10).activation(Activation.SOFTMAX)
                .build()).setInputType(InputType.convolutionalFlat(28, 28, 1));
        MultiLayerNetwork net = new MultiLayerNetwork(l.build());
        net.init();
        return net;
    }

    @Override
    public Integer call() {
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, 784);
        INDArray y = Nd4j.zeros(DataType.FLOAT, batch, 10);
        for (int i = 0; i < batch; i++) y.putScalar(i, i % 10, 1);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("batch", batch);
        out.put("channels", channels);
        for (boolean ours : new boolean[]{false, true}) {
            MultiLayerNetwork net = network(ours);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("output_seconds", BenchSupport.round(BenchSupport.time(() -> net.output(x), repeats)));
            r.put("fit_seconds", BenchSupport.round(BenchSupport.time(() -> net.fit(x, y), repeats)));
            out.put(ours ? "conv_pool_layer" : "dl4j_layers", r);
        }
        @SuppressWarnings("unchecked") Map<String, Object> d = (Map<String, Object>) out.get("dl4j_layers");
        @SuppressWarnings("unchecked") Map<String, Object> o = (Map<String, Object>) out.get("conv_pool_layer");
        out.put("fit_speedup", BenchSupport.round((Double) d.get("fit_seconds") / (Double) o.get("fit_seconds")));
        out.put("output_speedup", BenchSupport.round((Double) d.get("output_seconds") / (Double) o.get("output_seconds")));
        if (json) {
            Json.print(out);
        } else {
            System.out.println(out);
        }
        return 0;
    }
}
