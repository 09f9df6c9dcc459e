package org.massode.train;

import java.util.Random;

/**
 * Random erasing (Zhong et al., AAAI 2020), with torchvision's {@code RandomErasing} defaults: with probability p an
 * image gets one rectangle set to 0, of area s·side² with s ~ U(0.02, 0.33) and aspect ratio h/w = r with
 * log r ~ U(log 0.3, log 3.3), placed uniformly inside the image; up to 10 draws are tried for a rectangle that fits,
 * else the image is left as it is. The classifiers here see pixels directly, so erasing asks them to use more of
 * the image rather than a few discriminative pixels — a regularizer that, unlike a translation, keeps the garment
 * where the classifier expects it.
 */
public final class ImageErase {
    static final double MIN_AREA = 0.02;
    static final double MAX_AREA = 0.33;
    static final double MIN_RATIO = 0.3;
    static final double MAX_RATIO = 3.3;
    private static final int TRIES = 10;

    private final int side;
    private final double probability;

    /**
     * @param width       pixels per row of the data; must be a square number (28×28 = 784)
     * @param probability p in [0, 1], the chance that an image is erased
     */
    public ImageErase(int width, double probability) {
        int s = ImageShift.side(width, "augmentErase");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("augmentErase must be a probability in [0, 1], got " + probability);
        }
        this.side = s;
        this.probability = probability;
    }

    /** Erases one random rectangle in each row of {@code rows} with probability p, in place. */
    public void apply(float[][] rows, Random rng) {
        for (float[] row : rows) {
            if (rng.nextDouble() < probability) erase(row, rng);
        }
    }

    /** @return the number of pixels set to 0 (0 when no rectangle fitted in {@value #TRIES} draws) */
    int erase(float[] img, Random rng) {
        double area = side * side;
        double logLo = Math.log(MIN_RATIO);
        double logHi = Math.log(MAX_RATIO);
        for (int t = 0; t < TRIES; t++) {
            double target = area * (MIN_AREA + (MAX_AREA - MIN_AREA) * rng.nextDouble());
            double ratio = Math.exp(logLo + (logHi - logLo) * rng.nextDouble());
            int h = (int) Math.round(Math.sqrt(target * ratio));
            int w = (int) Math.round(Math.sqrt(target / ratio));
            if (h < 1 || w < 1 || h >= side || w >= side) continue;
            int top = rng.nextInt(side - h + 1);
            int left = rng.nextInt(side - w + 1);
            for (int r = top; r < top + h; r++) {
                java.util.Arrays.fill(img, r * side + left, r * side + left + w, 0f);
            }
            return h * w;
        }
        return 0;
    }
}
