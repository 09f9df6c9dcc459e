package org.massode.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * {@link OrthogonalityPenalty} as a DL4J {@link Regularization} on the trainable eigenvectors Φ_train: DL4J adds
 * its score to the network score and its gradient before the updater, exactly like its own L1/L2, so the penalty
 * is scaled consistently with the data loss and serializes with the model.
 */
public class OrthogonalityRegularization implements Regularization {
    @JsonProperty
    private final double coefficient;
    @JsonProperty
    private final int rows;

    /** @param rows the number of rows N of Φ_train (DL4J's updater hands parameters over flattened) */
    public OrthogonalityRegularization(@JsonProperty("coefficient") double coefficient, @JsonProperty("rows") int rows) {
        this.coefficient = coefficient;
        this.rows = rows;
    }

    private INDArray matrix(INDArray flat) {
        return flat.reshape('c', rows, flat.length() / rows);
    }

    public double getCoefficient() {
        return coefficient;
    }

    @Override
    public ApplyStep applyStep() {
        return ApplyStep.BEFORE_UPDATER;
    }

    @Override
    public void apply(INDArray param, INDArray gradView, double lr, int iteration, int epoch) {
        OrthogonalityPenalty.addGradient(matrix(param), coefficient, matrix(gradView));
    }

    @Override
    public double score(INDArray param, int iteration, int epoch) {
        return OrthogonalityPenalty.value(matrix(param), coefficient);
    }

    @Override
    public Regularization clone() {
        return new OrthogonalityRegularization(coefficient, rows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrthogonalityRegularization r && r.coefficient == coefficient && r.rows == rows;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(coefficient);
    }
}
