package org.massode.report;

/**
 * One line of the results table: a measured run (from a model card or a JSON log) or a config not run yet
 * ({@code accuracy} NaN).
 */
public record ResultRow(String name, String dataset, String model, double accuracy, int epochs, long trainExamples,
                        double seconds, long parameters, String command, String source) {

    public boolean measured() {
        return !Double.isNaN(accuracy);
    }
}
