package org.massode.train;

import java.util.Random;

/**
 * The training-image augmentations of an experiment, applied in this order to each mini-batch: a random translation
 * of up to {@code shift} pixels per axis ({@link ImageShift}), mirroring with probability 1/2 when {@code flip}
 * ({@link ImageFlip}), and random erasing with probability {@code erase} ({@link ImageErase}). Test images are never
 * augmented.
 *
 * @param shift largest translation in pixels, 0 for none (config key {@code augmentShift})
 * @param flip  mirror horizontally with probability 1/2 (config key {@code augmentFlip})
 * @param erase probability of erasing one rectangle, 0 for none (config key {@code augmentErase})
 */
public record Augmentation(int shift, boolean flip, double erase) {
    public static final Augmentation NONE = new Augmentation(0, false, 0);

    public Augmentation {
        if (shift < 0) throw new IllegalArgumentException("augmentShift must be >= 0, got " + shift);
        if (!(erase >= 0 && erase <= 1)) {
            throw new IllegalArgumentException("augmentErase must be a probability in [0, 1], got " + erase);
        }
    }

    public boolean isNone() {
        return shift == 0 && !flip && erase == 0;
    }

    /** The augmentation as bound to rows of {@code width} pixels; checks that the images are square. */
    public Applied forWidth(int width) {
        return new Applied(shift > 0 ? new ImageShift(width, shift) : null, flip ? new ImageFlip(width) : null,
                erase > 0 ? new ImageErase(width, erase) : null);
    }

    /** The augmentations bound to an image size, ready to run on batches. */
    public record Applied(ImageShift shift, ImageFlip flip, ImageErase erase) {
        /** Augments each row in place, drawing from {@code rng} in the order shift, flip, erase. */
        public void apply(float[][] rows, Random rng) {
            if (shift != null) shift.apply(rows, rng);
            if (flip != null) flip.apply(rows, rng);
            if (erase != null) erase.apply(rows, rng);
        }
    }
}
