package org.massode.hybrid;

import java.nio.file.Path;
import java.util.List;
import org.massode.data.MnistData;
import org.massode.data.Split;
import org.massode.data.cifar.Cifar10Data;
import org.massode.data.imdb.ImdbData;
import org.massode.data.imdb.ImdbFeatures;
import org.massode.data.imdb.Review;
import org.massode.data.text.TfidfVectorizer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * The train and test iterators of a {@link HybridConfig}'s dataset. IMDB becomes TF-IDF rows (vocabulary and IDF
 * fitted on the training half only, after {@code trainLimit}); images come from the existing loaders, CIFAR-10
 * standardized per channel and, with {@code augment}, randomly cropped and flipped (training batches only).
 *
 * @param inputColumns the TF-IDF dimension for text, the flat pixel count for images
 * @param source       what was read (file, split, limits), for the model card
 */
public record HybridData(DataSetIterator train, DataSetIterator test, int inputColumns, int trainSize, int testSize,
                         String source) {

    public static HybridData load(HybridConfig c, Path dataDirOrNull) {
        return switch (c.dataset()) {
            case "imdb" -> imdb(c, ImdbData.load(dataDirOrNull));
            case "cifar10" -> {
                DataSet tr = Cifar10Data.load(dataDirOrNull, Split.TRAIN, c.trainLimit(), true);
                DataSet te = Cifar10Data.load(dataDirOrNull, Split.TEST, c.testLimit(), true);
                yield new HybridData(Cifar10Data.iterator(tr, c.batch(), true, c.augment(), c.seed()),
                        Cifar10Data.iterator(te, c.batch(), false, false, c.seed()), 3072, tr.numExamples(),
                        te.numExamples(), "cifar10 binary (channel-standardized" + (c.augment() ? ", crop+flip" : "") + ")");
            }
            default -> {
                DataSet tr = MnistData.load(c.dataset(), dataDirOrNull, Split.TRAIN, c.trainLimit());
                DataSet te = MnistData.load(c.dataset(), dataDirOrNull, Split.TEST, c.testLimit());
                yield new HybridData(MnistData.iterator(tr, c.batch(), true, c.seed()),
                        MnistData.iterator(te, c.batch(), false, c.seed()), MnistData.PIXELS, tr.numExamples(),
                        te.numExamples(), c.dataset() + " IDX");
            }
        };
    }

    /** TF-IDF features of the (limited) halves; the test half is never seen by the vectorizer's fit. */
    public static HybridData imdb(HybridConfig c, ImdbData.Splits splits) {
        List<Review> train = limit(splits.train(), c.trainLimit());
        List<Review> test = limit(splits.test(), c.testLimit());
        ImdbFeatures f = ImdbFeatures.build(train, test, TfidfVectorizer.builder().maxFeatures(c.maxFeatures())
                .minDf(c.minDf()).bigrams(c.bigrams()));
        return new HybridData(f.trainIterator(c.batch(), c.seed()), f.testIterator(c.batch()), f.dimension(),
                train.size(), test.size(), splits.source() + "; TF-IDF " + (c.bigrams() ? "uni+bigrams" : "unigrams")
                + ", " + f.dimension() + " columns, minDf " + c.minDf());
    }

    private static <T> List<T> limit(List<T> l, int n) {
        return n > 0 && n < l.size() ? l.subList(0, n) : l;
    }
}
