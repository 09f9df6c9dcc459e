package org.massode.data.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

class TfidfVectorizerTest {
    private static final List<String> TRAIN = List.of("good movie good plot", "bad movie", "good acting bad plot",
            "zebra");

    private static List<String> terms(TfidfVectorizer v) {
        List<String> t = new ArrayList<>();
        for (int c = 0; c < v.dimension(); c++) t.add(v.term(c));
        return t;
    }

    @Test
    void vocabularyIsUnigramsAndBigramsByDocumentFrequencyFittedOnTrainOnly() {
        TfidfVectorizer v = TfidfVectorizer.builder().minDf(2).fit(TRAIN);
        // df: good 2, movie 2, plot 2, bad 2; every bigram and "acting"/"zebra" once
        assertEquals(List.of("good", "movie", "plot", "bad"), terms(v));
        TfidfVectorizer all = TfidfVectorizer.builder().minDf(1).maxFeatures(100).fit(TRAIN);
        assertTrue(terms(all).contains("good movie") && terms(all).contains("bad plot"), terms(all).toString());
        assertEquals(3, TfidfVectorizer.builder().minDf(1).maxFeatures(3).fit(TRAIN).dimension());
        assertEquals(List.of("good", "movie", "plot", "bad", "acting", "zebra"),
                terms(TfidfVectorizer.builder().minDf(1).bigrams(false).fit(TRAIN)));
        // idf = ln((1+4)/(1+2)) + 1
        assertEquals(Math.log(5.0 / 3) + 1, v.idf(0), 1e-6);
    }

    @Test
    void rowsAreSublinearTfIdfAndL2Normalized() {
        TfidfVectorizer v = TfidfVectorizer.builder().minDf(1).fit(TRAIN);
        SparseRows r = v.transform(List.of("good good movie", "unknown words only", "Zebra"));
        INDArray d = r.dense(new int[]{0, 1, 2});
        assertEquals(1.0, d.getRow(0).norm2Number().doubleValue(), 1e-5);
        assertEquals(0.0, d.getRow(1).norm2Number().doubleValue(), "unseen terms are ignored");
        assertEquals(1.0, d.getRow(2).norm2Number().doubleValue(), 1e-5);
        int good = terms(v).indexOf("good");
        int movie = terms(v).indexOf("movie");
        int goodMovie = terms(v).indexOf("good movie");
        // good: tf 2 → (1 + ln 2)·idf(df 2); movie: tf 1 · idf(df 2); "good movie": tf 1 · idf(df 1)
        double ratio = d.getDouble(0, good) / d.getDouble(0, movie);
        assertEquals(1 + Math.log(2), ratio, 1e-5);
        assertTrue(d.getDouble(0, goodMovie) > d.getDouble(0, movie), "rarer bigram weighs more");
        assertEquals(v.dimension(), r.columns());
    }

    @Test
    void sparseIteratorDensifiesPerBatchWithOneHotLabels() {
        TfidfVectorizer v = TfidfVectorizer.builder().minDf(1).fit(TRAIN);
        SparseRows r = v.transform(TRAIN);
        DataSetIterator it = new SparseDataSetIterator(r, new int[]{1, 0, 1, 0}, 2, 3, true, 9);
        DataSet b = it.next();
        assertEquals(3, b.numExamples());
        assertEquals(v.dimension(), b.getFeatures().columns());
        assertEquals(3.0, b.getLabels().sumNumber().doubleValue());
        assertEquals(1, it.next().numExamples());
        it.reset();
        assertTrue(it.hasNext());
        assertThrows(IllegalArgumentException.class, () -> new SparseDataSetIterator(r, new int[]{1, 0, 2, 0}, 2, 3,
                true, 9));
        assertThrows(IllegalArgumentException.class, () -> TfidfVectorizer.builder().fit(List.of()));
    }
}
