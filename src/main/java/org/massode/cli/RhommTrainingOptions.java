package org.massode.cli;

import java.util.Locale;
import org.massode.rhomm.RhommConfig;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Option;

/** The training options of {@code rhomm fit} and {@code rhomm bench}, turned into a validated {@link RhommConfig}. */
public final class RhommTrainingOptions {
    @Option(names = "--lr", defaultValue = "10", description = "Learning rate η; default ${DEFAULT-VALUE}.")
    double lr;
    @Option(names = "--optimizer", defaultValue = "sgd", description = "sgd (plain gradient descent) | adam; default ${DEFAULT-VALUE}.")
    String optimizer;
    @Option(names = "--normalize", defaultValue = "none", description = "none | l1 (row L1 normalization of J after each update); default ${DEFAULT-VALUE}.")
    String normalize;
    @Option(names = "--bias", description = "Train a bias b.")
    boolean bias;
    @Option(names = "--free-diagonal", description = "Let J have self-couplings (default: diagonal fixed at 0).")
    boolean freeDiagonal;
    @Option(names = "--horizon", defaultValue = "1", description = "BPTT horizon H (1 = one-step teacher forcing); default ${DEFAULT-VALUE}.")
    int horizon;
    @Option(names = "--loss", defaultValue = "mse", description = "mse | ce (cross-entropy); default ${DEFAULT-VALUE}.")
    String loss;
    @Option(names = "--beta", defaultValue = "1", description = "Gain β of tanh(β(Js + b)); default ${DEFAULT-VALUE}.")
    double beta;
    @Option(names = "--max-epochs", defaultValue = "2000", description = "Epoch limit; default ${DEFAULT-VALUE}.")
    int maxEpochs;
    @Option(names = "--tolerance", defaultValue = "1e-5", description = "Relative loss change counted as still; default ${DEFAULT-VALUE}.")
    double tolerance;
    @Option(names = "--patience", defaultValue = "5", description = "Still epochs in a row that count as converged; default ${DEFAULT-VALUE}.")
    int patience;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of the initial J; default ${DEFAULT-VALUE}.")
    long seed;
    @Option(names = "--double", description = "Train in float64 (default float32).")
    boolean doublePrecision;

    RhommConfig config() {
        return RhommConfig.builder().learningRate(lr).optimizer(parseOptimizer(optimizer))
                .normalization(parseNormalization(normalize)).bias(bias).zeroDiagonal(!freeDiagonal).horizon(horizon)
                .loss(parseLoss(loss)).beta(beta).maxEpochs(maxEpochs).tolerance(tolerance).patience(patience)
                .seed(seed).dataType(doublePrecision ? DataType.DOUBLE : DataType.FLOAT).build();
    }

    static RhommConfig.Optimizer parseOptimizer(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "sgd" -> RhommConfig.Optimizer.SGD;
            case "adam" -> RhommConfig.Optimizer.ADAM;
            default -> throw new IllegalArgumentException("--optimizer must be sgd or adam, got '" + s + "'");
        };
    }

    static RhommConfig.Normalization parseNormalization(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "none" -> RhommConfig.Normalization.NONE;
            case "l1" -> RhommConfig.Normalization.L1;
            default -> throw new IllegalArgumentException("--normalize must be none or l1, got '" + s + "'");
        };
    }

    static RhommConfig.Loss parseLoss(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "mse" -> RhommConfig.Loss.MSE;
            case "ce", "cross-entropy" -> RhommConfig.Loss.CROSS_ENTROPY;
            default -> throw new IllegalArgumentException("--loss must be mse or ce, got '" + s + "'");
        };
    }
}
