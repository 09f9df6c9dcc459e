package org.massode.data.cifar;

import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The standard CIFAR augmentation, applied per mini-batch: a random 32×32 crop of the image zero-padded by
 * {@code padding} pixels on each side (i.e. a shift of up to ±padding with zeros filling in), and a horizontal flip
 * with probability ½. Seeded: the same seed and the same sequence of batches give the same augmented images.
 *
 * <p>Zero is the fill value in whatever space the features are in: on normalized features that is the channel mean,
 * on [0, 1] features it is black — both are common; order the pre-processors as you prefer.
 */
public final class CifarAugmenter implements DataSetPreProcessor {
    private final int padding;
    private final boolean flip;
    private final Random random;

    public CifarAugmenter(int padding, boolean flip, long seed) {
        if (padding < 0) throw new IllegalArgumentException("padding must be ≥ 0, got " + padding);
        this.padding = padding;
        this.flip = flip;
        this.random = new Random(seed);
    }

    /** 4-pixel padding crop + horizontal flip. */
    public static CifarAugmenter standard(long seed) {
        return new CifarAugmenter(4, true, seed);
    }

    @Override
    public void preProcess(org.nd4j.linalg.dataset.api.DataSet ds) {
        INDArray x = ds.getFeatures();
        if (x.rank() != 4) {
            throw new IllegalArgumentException("expected NCHW features, got shape " + Arrays.toString(x.shape()));
        }
        int n = (int) x.size(0);
        int c = (int) x.size(1);
        int h = (int) x.size(2);
        int w = (int) x.size(3);
        float[] in = x.castTo(DataType.FLOAT).dup('c').data().asFloat();
        float[] out = new float[in.length];
        int plane = h * w;
        for (int i = 0; i < n; i++) {
            int dy = random.nextInt(2 * padding + 1) - padding;
            int dx = random.nextInt(2 * padding + 1) - padding;
            boolean mirror = flip && random.nextBoolean();
            for (int ch = 0; ch < c; ch++) {
                int base = (i * c + ch) * plane;
                for (int y = 0; y < h; y++) {
                    int sy = y + dy;
                    if (sy < 0 || sy >= h) continue;
                    for (int xx = 0; xx < w; xx++) {
                        int sx = (mirror ? w - 1 - xx : xx) + dx;
                        if (sx >= 0 && sx < w) out[base + y * w + xx] = in[base + sy * w + sx];
                    }
                }
            }
        }
        ds.setFeatures(Nd4j.create(out, x.shape(), 'c').castTo(x.dataType()));
    }
}
