package org.massode.dynamics;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A reusable work buffer that is reallocated only when the batch size or data type changes. */
public final class Scratch {
    private final long width;
    private INDArray buf;

    public Scratch(long width) {
        this.width = width;
    }

    /** A [batch, width] array of this type, the same one as last time when batch and type are unchanged. */
    public INDArray get(long batch, DataType type) {
        if (buf == null || buf.rows() != batch || buf.dataType() != type) {
            buf = Nd4j.createUninitialized(type, batch, width);
        }
        return buf;
    }
}
