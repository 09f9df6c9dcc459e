package org.massode.data.imdb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The project's split of the merged npm file (see {@code ../shared/datasets/README.md}), so results are comparable:
 * <ol>
 *   <li>drop exact-duplicate texts, keeping the first occurrence (by position in the file);</li>
 *   <li>per label, in file order, shuffle the indices with one {@code java.util.Random(seed)} (label 0 first, then
 *       label 1, the same generator continuing) and give the first ⌊m/2⌋ to train and the rest to test;</li>
 *   <li>shuffle train, then test, with the same generator, so that neither is sorted by label.</li>
 * </ol>
 * With seed 42 on the shared {@code reviews.json} (50,000 reviews, 418 duplicates): 49,582 unique reviews (24,698
 * negative, 24,884 positive) → train 24,791 (12,349 neg + 12,442 pos) and test 24,791 (12,349 + 12,442).
 * The official train/test split is not recoverable from this file; report results as on this split.
 */
public final class ImdbSplit {
    public static final long SEED = 42;

    private ImdbSplit() {
    }

    /** Train and test halves plus what the split did. */
    public record Result(List<Review> train, List<Review> test, int input, int duplicatesDropped) {
    }

    public static Result split(List<Review> all, long seed) {
        Set<String> seen = new HashSet<>(all.size() * 2);
        List<List<Review>> byLabel = List.of(new ArrayList<>(), new ArrayList<>());
        for (Review r : all) if (seen.add(r.text())) byLabel.get(r.label()).add(r);
        int unique = byLabel.get(0).size() + byLabel.get(1).size();
        Random rnd = new Random(seed);
        List<Review> train = new ArrayList<>();
        List<Review> test = new ArrayList<>();
        for (List<Review> group : byLabel) {
            List<Review> g = new ArrayList<>(group);
            Collections.shuffle(g, rnd);
            int half = g.size() / 2;
            train.addAll(g.subList(0, half));
            test.addAll(g.subList(half, g.size()));
        }
        Collections.shuffle(train, rnd);
        Collections.shuffle(test, rnd);
        return new Result(List.copyOf(train), List.copyOf(test), all.size(), all.size() - unique);
    }
}
