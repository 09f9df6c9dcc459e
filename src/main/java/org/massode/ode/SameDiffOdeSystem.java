package org.massode.ode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A system whose right-hand side is written with SameDiff ops; its vjp comes from SameDiff's reverse-mode autodiff
 * of the scalar ⟨a, f(t, y; θ)⟩, so new dynamics need no hand-derived Jacobians. Slower than a hand-written vjp
 * (graph execution per call); tests use it as the reference for hand-written ones.
 *
 * <p>Parameters are named blocks laid out, in insertion order, in one flat vector, like every other system.
 */
public final class SameDiffOdeSystem implements OdeSystem {

    /** Defines f(t, y; θ) from the graph's t (scalar), y ([batch, n]) and the named parameter variables. */
    @FunctionalInterface
    public interface Rhs {
        SDVariable define(SameDiff sd, SDVariable t, SDVariable y, Map<String, SDVariable> params);
    }

    private final int n;
    private final LinkedHashMap<String, long[]> shapes;
    private final INDArray flat;
    private final SameDiff sd;
    private final String outName;
    private final List<String> paramNames;
    private final int paramCount;

    /**
     * @param shapes     parameter blocks in flat-vector order (name → shape)
     * @param flatParams the flat parameter vector (read on every call, so updates to it are seen)
     */
    public SameDiffOdeSystem(int n, LinkedHashMap<String, long[]> shapes, INDArray flatParams, DataType type, Rhs rhs) {
        this.n = n;
        this.shapes = new LinkedHashMap<>(shapes);
        this.flat = flatParams;
        this.sd = SameDiff.create();
        this.paramNames = new ArrayList<>(shapes.keySet());
        int count = 0;
        Map<String, SDVariable> vars = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : shapes.entrySet()) {
            vars.put(e.getKey(), sd.var(e.getKey(), Nd4j.zeros(type, e.getValue())));
            count += (int) prod(e.getValue());
        }
        this.paramCount = count;
        if (flatParams != null && flatParams.length() != count) {
            throw new IllegalArgumentException("flat parameter vector: expected length " + count + " but got "
                    + flatParams.length());
        }
        SDVariable t = sd.placeHolder("t", type);
        SDVariable y = sd.var("y", Nd4j.zeros(type, 1, n));
        SDVariable a = sd.placeHolder("a", type, -1, n);
        SDVariable f = rhs.define(sd, t, y, vars);
        this.outName = f.name();
        SDVariable loss = f.mul(a).sum();
        sd.setLossVariables(loss);
    }

    private static long prod(long[] s) {
        long p = 1;
        for (long d : s) p *= d;
        return p;
    }

    @Override
    public int stateSize() {
        return n;
    }

    @Override
    public int paramCount() {
        return paramCount;
    }

    private void bind(double t, INDArray y, Map<String, INDArray> ph) {
        long off = 0;
        INDArray row = flat == null ? null : flat.reshape(1, flat.length());
        for (String name : paramNames) {
            long len = prod(shapes.get(name));
            INDArray view = row.get(NDArrayIndex.point(0), NDArrayIndex.interval(off, off + len));
            sd.getVariable(name).getArr().assign(view.reshape('c', shapes.get(name)));
            off += len;
        }
        sd.getVariable("y").setArray(y.dup());
        ph.put("t", Nd4j.scalar(y.dataType(), t));
    }

    @Override
    public void rhs(double t, INDArray y, INDArray dydt) {
        Map<String, INDArray> ph = new HashMap<>();
        bind(t, y, ph);
        ph.put("a", y.ulike().assign(0));
        dydt.assign(sd.output(ph, outName).get(outName));
    }

    @Override
    public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
        Map<String, INDArray> ph = new HashMap<>();
        bind(t, y, ph);
        ph.put("a", a.dup());
        List<String> wrt = new ArrayList<>(paramNames);
        wrt.add("y");
        Map<String, INDArray> g = sd.calculateGradients(ph, wrt);
        aDfDy.assign(g.get("y"));
        if (paramGrad == null) return;
        INDArray row = paramGrad.reshape(1, paramGrad.length());
        long off = 0;
        for (String name : paramNames) {
            long len = prod(shapes.get(name));
            INDArray gi = g.get(name);
            if (gi != null) {
                row.get(NDArrayIndex.point(0), NDArrayIndex.interval(off, off + len)).addi(gi.reshape(len));
            }
            off += len;
        }
    }
}
