package org.massode.data.imdb;

/** One labelled review: {@code label} 1 = positive, 0 = negative. */
public record Review(String text, int label) {
    public Review {
        if (text == null) throw new IllegalArgumentException("review text must not be null");
        if (label != 0 && label != 1) throw new IllegalArgumentException("label must be 0 or 1, got " + label);
    }
}
