package org.massode.dynamics;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A reusable work buffer that is reallocated only when the batch size or data type changes. */
final class Scratch {
    private final long width;
    private INDArray buf;

    Scratch(long width) {
        this.width = width;
    }

    INDArray get(long batch, DataType type) {
        if (buf == null || buf.rows() != batch || buf.dataType() != type) {
            buf = Nd4j.createUninitialized(type, batch, width);
        }
        return buf;
    }
}
