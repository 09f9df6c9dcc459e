package org.massode.report;

import java.util.Map;

/**
 * Test accuracies reported by Marino et al., <i>Learning in Wilson–Cowan model for metapopulation</i>, Neural
 * Computation 37(4), 2025 (arXiv 2406.16453), by dataset and our model name; shown beside our numbers.
 */
public final class PaperNumbers {
    private static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("mnist/wc", "WC 98.13 % (525 epochs)"),
            Map.entry("fashion-mnist/wc", "WC 88.39 % (350 epochs)"),
            Map.entry("mnist/mlp", "MLP 98.29 %"),
            Map.entry("mnist/cnn-wc", "CNN&WC 99.31 %"),
            Map.entry("fashion-mnist/cnn-wc", "CNN&WC 91.35 %"),
            Map.entry("cifar10/cnn-wc", "CNN&WC 85.39 %"),
            Map.entry("imdb/wc", "BERT&WC 87.46 % (110M pretrained)"));

    private PaperNumbers() {
    }

    /** The paper's number for this dataset × model, or "—". */
    public static String of(String dataset, String model) {
        return BY_KEY.getOrDefault(dataset + "/" + model, "—");
    }
}
