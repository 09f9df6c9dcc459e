package org.massode.train;

import java.util.Random;

/**
 * Random horizontal mirroring of square images stored as flat rows: with probability 1/2 a row becomes
 * out[r][c] = in[r][side − 1 − c]. For Fashion-MNIST a mirrored garment is still the same garment and, unlike a
 * translation, it stays where the classifier expects it (centred, filling the frame); for digits it is not label-safe
 * and should not be used.
 */
public final class ImageFlip {
    private final int side;

    /** @param width pixels per row of the data; must be a square number (28×28 = 784) */
    public ImageFlip(int width) {
        int s = ImageShift.side(width, "flip augmentation");
        this.side = s;
    }

    /** Mirrors each row of {@code rows} in place with probability 1/2. */
    public void apply(float[][] rows, Random rng) {
        for (float[] row : rows) {
            if (rng.nextBoolean()) mirror(row);
        }
    }

    /** Reverses each image row: in[r][c] ↔ in[r][side − 1 − c]. */
    void mirror(float[] img) {
        for (int r = 0; r < side; r++) {
            for (int i = r * side, j = i + side - 1; i < j; i++, j--) {
                float t = img[i];
                img[i] = img[j];
                img[j] = t;
            }
        }
    }
}
