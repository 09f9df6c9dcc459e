package org.massode.data.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF of unigrams and (optionally) bigrams with a vocabulary capped to the {@code maxFeatures} terms of highest
 * document frequency (ties: first seen first) among those in at least {@code minDf} training documents. The
 * vocabulary and the IDF are fitted on the training texts only; {@link #transform} then maps any text to the same
 * columns (unseen terms are ignored).
 *
 * <p>Weights: sublinear tf {@code 1 + ln(count)} (or the raw count), times the smoothed idf
 * {@code ln((1 + N) / (1 + df)) + 1} (as in scikit-learn), each row L2-normalized. Rows come back sparse
 * ({@link SparseRows}); densify per mini-batch.
 *
 * <p>Why capped rather than hashed: a fixed vocabulary has no collisions and its columns can be named
 * ({@link #term}), and a cap of 50k–100k keeps a dense projection to N nodes affordable.
 */
public final class TfidfVectorizer {
    private final Tokenizer tokenizer;
    private final boolean bigrams;
    private final boolean sublinear;
    private final Map<String, Integer> unigramIds;
    private final int idBits;
    private final LongIntMap columnOf;
    private final long[] termKeys;
    private final String[] unigramNames;
    private final float[] idf;

    private TfidfVectorizer(Builder b, Map<String, Integer> unigramIds, String[] unigramNames, int idBits,
                            long[] termKeys, float[] idf) {
        this.tokenizer = b.tokenizer;
        this.bigrams = b.bigrams;
        this.sublinear = b.sublinearTf;
        this.unigramIds = unigramIds;
        this.unigramNames = unigramNames;
        this.idBits = idBits;
        this.termKeys = termKeys;
        this.idf = idf;
        this.columnOf = new LongIntMap(termKeys.length);
        for (int c = 0; c < termKeys.length; c++) columnOf.add(termKeys[c], c);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of columns (≤ maxFeatures). */
    public int dimension() {
        return termKeys.length;
    }

    /** The term of a column: a word or {@code "word word"}. */
    public String term(int column) {
        long k = termKeys[column];
        if (k >>> idBits == 0) return unigramNames[(int) k];
        return unigramNames[(int) ((k >>> idBits) - 1)] + " " + unigramNames[(int) (k & ((1L << idBits) - 1))];
    }

    public float idf(int column) {
        return idf[column];
    }

    /** TF-IDF rows of {@code texts}, L2-normalized (an all-unknown text gives an empty row). */
    public SparseRows transform(List<String> texts) {
        int[] rowStart = new int[texts.size() + 1];
        IntList cols = new IntList(texts.size() * 200);
        FloatList vals = new FloatList(texts.size() * 200);
        IntList doc = new IntList(1024);
        for (int r = 0; r < texts.size(); r++) {
            doc.clear();
            int prev = -1;
            for (String tok : tokenizer.tokens(texts.get(r))) {
                Integer id = unigramIds.get(tok);
                int cur = id == null ? -1 : id;
                if (cur >= 0) {
                    int c = columnOf.get(cur, -1);
                    if (c >= 0) doc.add(c);
                    if (bigrams && prev >= 0) {
                        int cb = columnOf.get(bigramKey(prev, cur), -1);
                        if (cb >= 0) doc.add(cb);
                    }
                }
                prev = cur;
            }
            int[] d = doc.sortedCopy();
            int start = cols.size();
            double norm = 0;
            for (int i = 0; i < d.length; ) {
                int j = i;
                while (j < d.length && d[j] == d[i]) j++;
                int tf = j - i;
                float w = (float) ((sublinear ? 1 + Math.log(tf) : tf) * idf[d[i]]);
                cols.add(d[i]);
                vals.add(w);
                norm += (double) w * w;
                i = j;
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int k = start; k < vals.size(); k++) vals.set(k, vals.get(k) * inv);
            }
            rowStart[r + 1] = cols.size();
        }
        return new SparseRows(texts.size(), dimension(), rowStart, cols.toArray(), vals.toArray());
    }

    private long bigramKey(int a, int b) {
        return ((long) (a + 1) << idBits) | b;
    }

    /** Settings, then {@link #fit}. */
    public static final class Builder {
        private int maxFeatures = 100_000;
        private int minDf = 2;
        private boolean bigrams = true;
        private boolean sublinearTf = true;
        private Tokenizer tokenizer = new Tokenizer();

        public Builder maxFeatures(int v) {
            if (v <= 0) throw new IllegalArgumentException("maxFeatures must be positive, got " + v);
            maxFeatures = v;
            return this;
        }

        public Builder minDf(int v) {
            if (v < 1) throw new IllegalArgumentException("minDf must be ≥ 1, got " + v);
            minDf = v;
            return this;
        }

        public Builder bigrams(boolean v) {
            bigrams = v;
            return this;
        }

        public Builder sublinearTf(boolean v) {
            sublinearTf = v;
            return this;
        }

        public Builder tokenizer(Tokenizer v) {
            tokenizer = v;
            return this;
        }

        /** Fits vocabulary and IDF on {@code trainTexts}. */
        public TfidfVectorizer fit(List<String> trainTexts) {
            if (trainTexts.isEmpty()) throw new IllegalArgumentException("cannot fit TF-IDF on zero documents");
            Map<String, Integer> ids = new HashMap<>();
            List<String> names = new ArrayList<>();
            List<int[]> docs = new ArrayList<>(trainTexts.size());
            for (String t : trainTexts) {
                List<String> toks = tokenizer.tokens(t);
                int[] d = new int[toks.size()];
                for (int i = 0; i < d.length; i++) {
                    String w = toks.get(i);
                    Integer id = ids.get(w);
                    if (id == null) {
                        id = names.size();
                        ids.put(w, id);
                        names.add(w);
                    }
                    d[i] = id;
                }
                docs.add(d);
            }
            int idBits = 64 - Long.numberOfLeadingZeros(Math.max(1, names.size()));
            int dfBits = 64 - Long.numberOfLeadingZeros(trainTexts.size());
            if (2 * idBits + 1 + dfBits > 63) {
                throw new IllegalArgumentException("vocabulary of " + names.size() + " words over " + trainTexts.size()
                        + " documents is too large for this vectorizer's packed keys");
            }
            LongIntMap df = new LongIntMap(names.size() * (bigrams ? 16 : 1));
            long[] buf = new long[64];
            for (int[] d : docs) {
                int m = bigrams ? Math.max(0, 2 * d.length - 1) : d.length;
                if (buf.length < m) buf = new long[m * 2];
                int k = 0;
                for (int i = 0; i < d.length; i++) {
                    buf[k++] = d[i];
                    if (bigrams && i > 0) buf[k++] = ((long) (d[i - 1] + 1) << idBits) | d[i];
                }
                Arrays.sort(buf, 0, k);
                for (int i = 0; i < k; i++) if (i == 0 || buf[i] != buf[i - 1]) df.add(buf[i], 1);
            }
            // rank by df (descending), then by key (unigrams first, then first-seen order): deterministic
            long maxDf = 1L << dfBits;
            LongList ranked = new LongList(df.size());
            df.forEach((key, count) -> {
                if (count >= minDf) ranked.add(((maxDf - count) << (2 * idBits + 1)) | key);
            });
            long[] r = ranked.toArray();
            Arrays.sort(r);
            int n = Math.min(maxFeatures, r.length);
            long keyMask = (1L << (2 * idBits + 1)) - 1;
            long[] keys = new long[n];
            float[] idf = new float[n];
            for (int c = 0; c < n; c++) {
                keys[c] = r[c] & keyMask;
                long count = maxDf - (r[c] >>> (2 * idBits + 1));
                idf[c] = (float) (Math.log((1.0 + trainTexts.size()) / (1.0 + count)) + 1);
            }
            return new TfidfVectorizer(this, ids, names.toArray(new String[0]), idBits, keys, idf);
        }
    }

    private static final class IntList {
        private int[] a;
        private int n;

        IntList(int cap) {
            a = new int[Math.max(16, cap)];
        }

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[n++] = v;
        }

        int size() {
            return n;
        }

        void clear() {
            n = 0;
        }

        int[] sortedCopy() {
            int[] c = Arrays.copyOf(a, n);
            Arrays.sort(c);
            return c;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static final class FloatList {
        private float[] a;
        private int n;

        FloatList(int cap) {
            a = new float[Math.max(16, cap)];
        }

        void add(float v) {
            if (n == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[n++] = v;
        }

        float get(int i) {
            return a[i];
        }

        void set(int i, float v) {
            a[i] = v;
        }

        int size() {
            return n;
        }

        float[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static final class LongList {
        private long[] a;
        private int n;

        LongList(int cap) {
            a = new long[Math.max(16, cap)];
        }

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, a.length * 2);
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
