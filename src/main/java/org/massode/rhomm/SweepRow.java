package org.massode.rhomm;

/** One fit of the learning-rate sweep: the setting and what came out. */
public record SweepRow(int nodes, Topology topology, RhommConfig.Normalization normalization, boolean bias,
                       double learningRate, boolean converged, int epochs, double ecError, double ecCorrelation,
                       double signAccuracy, double loss, double seconds) {

    public static final String CSV_HEADER = "nodes,topology,normalization,bias,lr,converged,epochs,ec_error,"
            + "ec_correlation,sign_accuracy,loss,seconds";

    public String csv() {
        return String.format(java.util.Locale.ROOT, "%d,%s,%s,%b,%.6g,%b,%d,%.6g,%.6g,%.6g,%.6g,%.3f", nodes,
                topology.label(), normalization.name().toLowerCase(java.util.Locale.ROOT), bias, learningRate,
                converged, epochs, ecError, ecCorrelation, signAccuracy, loss, seconds);
    }

    /** "none, bias" style label of the two switches. */
    public String setting() {
        return (normalization == RhommConfig.Normalization.L1 ? "L1" : "no norm") + (bias ? " + bias" : "");
    }
}
