package org.massode.data.imdb;

import java.util.List;
import org.massode.data.text.SparseDataSetIterator;
import org.massode.data.text.SparseRows;
import org.massode.data.text.TfidfVectorizer;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * IMDB as TF-IDF features, no download or pretrained model: the vectorizer is fitted on the training reviews only and
 * applied to both halves. Labels: 1 = positive, 0 = negative (one-hot column 1 = positive).
 */
public record ImdbFeatures(TfidfVectorizer vectorizer, SparseRows train, int[] trainLabels, SparseRows test,
                           int[] testLabels) {

    /** Fits {@code settings} on {@code splits.train()} and transforms both halves. */
    public static ImdbFeatures build(ImdbData.Splits splits, TfidfVectorizer.Builder settings) {
        return build(splits.train(), splits.test(), settings);
    }

    public static ImdbFeatures build(List<Review> train, List<Review> test, TfidfVectorizer.Builder settings) {
        List<String> trainTexts = train.stream().map(Review::text).toList();
        TfidfVectorizer v = settings.fit(trainTexts);
        return new ImdbFeatures(v, v.transform(trainTexts), labels(train),
                v.transform(test.stream().map(Review::text).toList()), labels(test));
    }

    public int dimension() {
        return vectorizer.dimension();
    }

    /** Shuffled (per epoch, from {@code seed}) training batches, densified per batch. */
    public DataSetIterator trainIterator(int batch, long seed) {
        return new SparseDataSetIterator(train, trainLabels, 2, batch, true, seed);
    }

    /** Test batches in order. */
    public DataSetIterator testIterator(int batch) {
        return new SparseDataSetIterator(test, testLabels, 2, batch, false, 0);
    }

    private static int[] labels(List<Review> reviews) {
        return reviews.stream().mapToInt(Review::label).toArray();
    }
}
