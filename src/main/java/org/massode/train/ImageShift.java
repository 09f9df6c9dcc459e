package org.massode.train;

import java.util.Random;

/**
 * Random-translation augmentation of square images stored as flat rows: each row is shifted by (dx, dy), drawn
 * uniformly from [−s, s]², with zeros shifted in: out[r][c] = in[r − dy][c − dx] (0 outside the image).
 * Translations are the augmentation that keeps a digit a digit; the classifiers here see the pixels directly, so
 * they cannot learn the invariance from an architecture.
 */
public final class ImageShift {
    private final int side;
    private final int maxShift;

    /**
     * @param width    pixels per row of the data; must be a square number (28×28 = 784)
     * @param maxShift s ≥ 0, the largest shift in pixels along each axis
     */
    public ImageShift(int width, int maxShift) {
        int s = side(width, "augmentShift");
        if (maxShift < 0 || maxShift >= s) {
            throw new IllegalArgumentException("augmentShift must be in [0, " + (s - 1) + "] pixels, got " + maxShift);
        }
        this.side = s;
        this.maxShift = maxShift;
    }

    /**
     * The side of a square image stored as a row of {@code width} pixels; otherwise an error naming the augmentation
     * (every augmentation here maps pixel (r, c) of a square image).
     */
    static int side(int width, String augmentation) {
        int s = (int) Math.round(Math.sqrt(width));
        if (s * s != width) {
            throw new IllegalArgumentException(augmentation + " needs square images, but rows have " + width
                    + " pixels (not a square number)");
        }
        return s;
    }

    /** Shifts every row of {@code rows} in place by its own random (dx, dy). */
    public void apply(float[][] rows, Random rng) {
        float[] tmp = new float[side * side];
        for (float[] row : rows) {
            int dx = rng.nextInt(2 * maxShift + 1) - maxShift;
            int dy = rng.nextInt(2 * maxShift + 1) - maxShift;
            shift(row, tmp, dx, dy);
            System.arraycopy(tmp, 0, row, 0, tmp.length);
        }
    }

    /** out[r][c] = in[r − dy][c − dx], zero where that falls outside the image. */
    void shift(float[] in, float[] out, int dx, int dy) {
        java.util.Arrays.fill(out, 0f);
        for (int r = Math.max(0, dy); r < Math.min(side, side + dy); r++) {
            int srcRow = (r - dy) * side;
            for (int c = Math.max(0, dx); c < Math.min(side, side + dx); c++) {
                out[r * side + c] = in[srcRow + c - dx];
            }
        }
    }
}
