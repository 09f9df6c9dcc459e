package org.massode.memory;

import org.massode.dynamics.FiringRateSystem;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The E/I firing-rate memory of {@link ExcitatoryInhibitoryMemory} as a {@link MemoryModel}: a cue c ∈ [0, 1]^{N_E}
 * starts the excitatory units at α·c and the inhibitory units at their common stored rate r_I (the
 * background the patterns share, so the cue carries no information there); the overlap is the Pearson correlation between
 * the final excitatory rates and the pattern (0 for a constant or diverged state), so neither "all silent" nor
 * "all active" counts as retrieval; a state with any rate above 10·α counts as diverged (overlap 0), because the
 * correlation alone would call a run-away growth along the pattern a success.
 */
public final class FiringRateMemoryModel implements MemoryModel {
    /** A state with a rate above RUNAWAY·α is diverging, not a stored memory (the correlation is scale-free). */
    public static final double RUNAWAY = 10;

    private final String name;
    private final ExcitatoryInhibitoryMemory memory;
    private final FiringRateSystem system;

    public FiringRateMemoryModel(String name, ExcitatoryInhibitoryMemory memory) {
        this.name = name;
        this.memory = memory;
        this.system = memory.system();
    }

    public ExcitatoryInhibitoryMemory memory() {
        return memory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return memory.size();
    }

    @Override
    public double[][] patterns() {
        return memory.patterns();
    }

    @Override
    public boolean bipolar() {
        return false;
    }

    @Override
    public OdeSystem system() {
        return system;
    }

    @Override
    public boolean stacked() {
        return false;
    }

    @Override
    public boolean rates() {
        return true;
    }

    @Override
    public INDArray initialState(INDArray cues) {
        int ne = memory.excitatory();
        if (cues.columns() != ne) {
            throw new IllegalArgumentException("cues: expected " + ne + " excitatory units per row but got " + cues.columns());
        }
        INDArray x = Nd4j.zeros(DataType.DOUBLE, cues.rows(), memory.size());
        x.get(NDArrayIndex.all(), NDArrayIndex.interval(0, ne)).assign(cues.castTo(DataType.DOUBLE).mul(memory.alpha()));
        x.get(NDArrayIndex.all(), NDArrayIndex.interval(ne, memory.size())).assign(memory.inhibitoryRate());
        FiringRateSystem.requireRates(x, "initial state");
        return x;
    }

    @Override
    public double[] overlaps(INDArray finalState, int[] targets) {
        double[][] xe = finalState.get(NDArrayIndex.all(), NDArrayIndex.interval(0, memory.excitatory())).toDoubleMatrix();
        double[][] p = memory.patterns();
        double[] out = new double[targets.length];
        double cap = RUNAWAY * memory.alpha();
        for (int b = 0; b < targets.length; b++) {
            boolean runaway = java.util.Arrays.stream(xe[b]).anyMatch(v -> !(v <= cap));
            out[b] = runaway ? 0 : Overlaps.pearson(xe[b], p[targets[b]]);
        }
        return out;
    }

    @Override
    public StabilityAnalysis.Report stability(int mu) {
        double[] x = memory.equilibrium(mu);
        INDArray f = Nd4j.zeros(DataType.DOUBLE, 1, x.length);
        system.rhs(0, Nd4j.createFromArray(x).reshape(1, x.length), f);
        return StabilityAnalysis.analyze(StabilityAnalysis.jacobian(system, x), f.amaxNumber().doubleValue());
    }
}
