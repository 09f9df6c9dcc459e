package org.massode.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The running mean θ̄ₙ = θ̄ₙ₋₁ + (θₙ − θ̄ₙ₋₁)/n of a network's flat parameter vector ({@link WeightAveraging}), kept in
 * double precision so that many float snapshots average without drift.
 */
public final class ParameterAverage {
    private INDArray mean;
    private int count;

    public int count() {
        return count;
    }

    /** Adds the network's current parameters to the mean. */
    public void add(MultiLayerNetwork net) {
        INDArray p = net.params().castTo(DataType.DOUBLE);
        if (mean == null) {
            mean = p.dup();
        } else {
            if (p.length() != mean.length()) {
                throw new IllegalArgumentException("cannot average parameter vectors of lengths " + mean.length()
                        + " and " + p.length());
            }
            mean.addi(p.subi(mean).divi(count + 1));
        }
        count++;
    }

    /** A copy of θ̄ in {@code type}; an error when nothing was averaged yet. */
    public INDArray mean(DataType type) {
        if (count == 0) throw new IllegalStateException("no parameters were averaged yet");
        return mean.castTo(type);
    }

    /** Writes θ̄ into the network's parameters (the last iterate is lost; keep a copy to come back). */
    public void applyTo(MultiLayerNetwork net) {
        net.setParams(mean(net.params().dataType()));
    }

    /** Runs {@code f} with θ̄ in the network and puts the network's own parameters back afterwards. */
    public <T> T withAverage(MultiLayerNetwork net, Supplier<T> f) {
        INDArray own = net.params().dup();
        applyTo(net);
        try {
            return f.get();
        } finally {
            net.setParams(own);
        }
    }

    /** Count and mean as bytes for a checkpoint entry. */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(count);
            if (count > 0) Nd4j.write(mean, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the parameter average: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    static ParameterAverage fromBytes(byte[] b) throws IOException {
        ParameterAverage a = new ParameterAverage();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
            int n = in.readInt();
            if (n < 0) throw new IOException("negative count " + n + " of averaged parameter vectors");
            if (n > 0) {
                a.mean = Nd4j.read(in).castTo(DataType.DOUBLE);
                a.count = n;
            }
        }
        return a;
    }
}
