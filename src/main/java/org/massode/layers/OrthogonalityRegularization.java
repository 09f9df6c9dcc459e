package org.massode.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.shade.jackson.annotation.JsonIgnore;
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
    // the value and the gradient of one iteration share one Gram matrix (see OrthogonalityPenalty); not serialized
    @JsonIgnore
    private transient OrthogonalityPenalty penalty;

    /** @param rows the number of rows N of Φ_train (DL4J's updater hands parameters over flattened) */
    public OrthogonalityRegularization(@JsonProperty("coefficient") double coefficient, @JsonProperty("rows") int rows) {
        this.coefficient = coefficient;
        this.rows = rows;
    }

    private INDArray matrix(INDArray flat) {
        return flat.reshape('c', rows, flat.length() / rows);
    }

    private synchronized OrthogonalityPenalty penalty() {
        if (penalty == null) penalty = new OrthogonalityPenalty(coefficient);
        return penalty;
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
        penalty().addGradient(matrix(param), matrix(gradView));
    }

    @Override
    public double score(INDArray param, int iteration, int epoch) {
        return penalty().value(matrix(param));
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
