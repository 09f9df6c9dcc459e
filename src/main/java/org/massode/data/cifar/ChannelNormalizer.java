package org.massode.data.cifar;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Per-channel standardization of NCHW images, {@code (x − mean_c) / std_c}. Use {@link #cifar10()} (the published
 * CIFAR-10 training-set statistics of pixels in [0, 1]) or {@link #fit} on the training features only, then apply the
 * same instance to train and test. Also a {@link DataSetPreProcessor}, so it can run per batch in an iterator.
 */
public final class ChannelNormalizer implements DataSetPreProcessor {
    private final double[] mean;
    private final double[] std;

    public ChannelNormalizer(double[] mean, double[] std) {
        if (mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("need one mean and one std per channel, got " + mean.length + " and "
                    + std.length);
        }
        for (double s : std) if (!(s > 0)) throw new IllegalArgumentException("std must be positive: " + Arrays.toString(std));
        this.mean = mean.clone();
        this.std = std.clone();
    }

    /** CIFAR-10 training-set channel means and standard deviations (pixels scaled to [0, 1]). */
    public static ChannelNormalizer cifar10() {
        return new ChannelNormalizer(new double[]{0.4914, 0.4822, 0.4465}, new double[]{0.2470, 0.2435, 0.2616});
    }

    /** Statistics of {@code features} [n, c, h, w] per channel (population std). */
    public static ChannelNormalizer fit(INDArray features) {
        requireRank4(features);
        INDArray mean = features.mean(0, 2, 3);
        INDArray std = features.castTo(DataType.DOUBLE).std(false, 0, 2, 3);
        return new ChannelNormalizer(mean.toDoubleVector(), std.toDoubleVector());
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[] std() {
        return std.clone();
    }

    /** Normalizes {@code features} [n, c, h, w] in place and returns it. */
    public INDArray apply(INDArray features) {
        requireRank4(features);
        if (features.size(1) != mean.length) {
            throw new IllegalArgumentException("features have " + features.size(1) + " channels, the normalizer "
                    + mean.length);
        }
        INDArray m = Nd4j.create(mean).castTo(features.dataType()).reshape(1, mean.length, 1, 1);
        INDArray s = Nd4j.create(std).castTo(features.dataType()).reshape(1, std.length, 1, 1);
        features.subi(m.broadcast(features.shape())).divi(s.broadcast(features.shape()));
        return features;
    }

    @Override
    public void preProcess(org.nd4j.linalg.dataset.api.DataSet ds) {
        apply(ds.getFeatures());
    }

    private static void requireRank4(INDArray f) {
        if (f.rank() != 4) {
            throw new IllegalArgumentException("expected NCHW features of rank 4, got shape " + Arrays.toString(f.shape()));
        }
    }
}
