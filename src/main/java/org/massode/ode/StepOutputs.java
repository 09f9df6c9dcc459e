package org.massode.ode;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where a fixed-grid loop writes each step's output: into a buffer someone else keeps (the next step's record, which
 * then needs no copy of its input), or else into the loop's own spare, ping-ponging with y as long as y is the loop's
 * own too. A kept buffer is never reused as the spare, since the tape still needs it.
 */
final class StepOutputs {
    private INDArray spare;
    /** Whether y is the loop's own buffer; the first y is the caller's y0, which is read and never written. */
    private boolean yOwn = false;

    /** The buffer the next step writes: {@code kept} when not null, else a spare that is not y. */
    INDArray target(INDArray kept, INDArray y) {
        if (kept != null) return kept;
        if (spare == null || spare == y) spare = y.ulike();
        return spare;
    }

    /** After the step wrote {@code out} from y: the new y; y becomes the spare when it was the loop's own. */
    INDArray advance(INDArray y, INDArray out) {
        boolean kept = out != spare;
        if (!kept) spare = yOwn ? y : null;
        yOwn = !kept;
        return out;
    }
}
