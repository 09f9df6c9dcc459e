package org.massode.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolution block on flat images: out = maxpool₂ₓ₂(ReLU(W ⋆ x + b)), W [F, C, k, k] a valid convolution with
 * stride 1, pooling with stride 2 (floor). Input rows are images [C, H, W] flattened in that order (as MNIST rows and
 * DL4J's {@code convolutionalFlat}), output rows [F, Hp, Wp] flattened the same way, so blocks chain and feed dense
 * layers directly. Computed as im2col + one gemm + a fused ReLU/pool pass (backward: one scatter, two gemms,
 * col2im): DL4J 1.0.0-M2.1's CPU {@code ConvolutionLayer} + {@code SubsamplingLayer} took 0.4 s per batch of 100
 * MNIST images for this block pair on our machine, where the arithmetic is a few milliseconds of gemm.
 */
public class ConvPoolLayer extends FeedForwardLayer {
    private int channels;
    private int height;
    private int width;
    private int kernel = 3;
    private int filters;

    public ConvPoolLayer() {
        // for Jackson
    }

    private ConvPoolLayer(Builder b) {
        super(b);
        channels = b.channels;
        height = b.height;
        width = b.width;
        kernel = b.kernel;
        filters = b.filters;
        ConvPoolKernels k = kernels();
        nIn = k.inputSize();
        nOut = k.outputSize();
    }

    ConvPoolKernels kernels() {
        return new ConvPoolKernels(channels, height, width, kernel, filters);
    }

    /** Output height (= width for square inputs) after the convolution and the pooling. */
    public int outputHeight() {
        return kernels().poolH;
    }

    public int outputWidth() {
        return kernels().poolW;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                      Collection<TrainingListener> listeners, int layerIndex,
                                                      INDArray layerParamsView, boolean initializeParams,
                                                      DataType networkDataType) {
        return LayerWiring.wire(new ConvPoolLayerImpl(conf, networkDataType), conf, listeners, layerIndex,
                layerParamsView, initializeParams, initializer());
    }

    @Override
    public ParamInitializer initializer() {
        return ConvPoolParamInitializer.getInstance();
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        // nIn is fixed by channels × height × width; a mismatching input is reported when it arrives
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.feedForward(nOut);
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        ConvPoolKernels k = kernels();
        long params = initializer().numParams(this);
        long cols = (long) k.outH * k.outW * k.patch();
        return new LayerMemoryReport.Builder(layerName, ConvPoolLayer.class, inputType, getOutputType(-1, inputType))
                .standardMemory(params, 2 * params)
                .workingMemory(0, cols + (long) k.outH * k.outW * filters, 0, cols)
                .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS)
                .build();
    }

    @Override
    public boolean isPretrainParam(String paramName) {
        return false;
    }

    public int getChannels() { return channels; }
    public void setChannels(int v) { channels = v; }
    public int getHeight() { return height; }
    public void setHeight(int v) { height = v; }
    public int getWidth() { return width; }
    public void setWidth(int v) { width = v; }
    public int getKernel() { return kernel; }
    public void setKernel(int v) { kernel = v; }
    public int getFilters() { return filters; }
    public void setFilters(int v) { filters = v; }

    /** Builder with validation: every bad value is named. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private int channels = 1;
        private int height;
        private int width;
        private int kernel = 3;
        private int filters;

        private static int positive(String name, int v) {
            if (v <= 0) throw new IllegalArgumentException("ConvPoolLayer: " + name + " must be > 0, got " + v);
            return v;
        }

        /** Input images [channels, height, width]. */
        public Builder input(int channels, int height, int width) {
            this.channels = positive("channels", channels);
            this.height = positive("height", height);
            this.width = positive("width", width);
            return this;
        }

        public Builder kernel(int k) { kernel = positive("kernel", k); return this; }
        public Builder filters(int f) { filters = positive("filters", f); return this; }

        @Override
        @SuppressWarnings("unchecked")
        public ConvPoolLayer build() {
            if (height == 0 || filters == 0) {
                throw new IllegalArgumentException("ConvPoolLayer: input(channels, height, width) and filters must be set");
            }
            if (height - kernel + 1 < 2 || width - kernel + 1 < 2) {
                throw new IllegalArgumentException("ConvPoolLayer: a " + height + "×" + width + " image is too small for a "
                        + kernel + "×" + kernel + " kernel followed by 2×2 pooling");
            }
            return new ConvPoolLayer(this);
        }
    }
}
