package org.massode.ode;

import java.util.ArrayList;
import java.util.List;

/**
 * Step records recycled across solves: the n-th is created on first use and keeps its buffers, so a repeated solve of
 * one shape allocates nothing for its tape. A record may be asked for its input buffer before its step begins (the
 * previous step writes there).
 */
final class RecordPool {
    private final List<StepRecord> records = new ArrayList<>();
    private final int stages;

    RecordPool(int stages) {
        this.stages = stages;
    }

    StepRecord get(int n) {
        while (records.size() <= n) records.add(new StepRecord(0, 0, stages));
        return records.get(n);
    }
}
