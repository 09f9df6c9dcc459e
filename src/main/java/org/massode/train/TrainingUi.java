package org.massode.train;

import org.deeplearning4j.core.storage.StatsStorage;
import org.deeplearning4j.ui.VertxUIServer;
import org.deeplearning4j.ui.model.stats.StatsListener;
import org.deeplearning4j.ui.model.storage.InMemoryStatsStorage;
import org.deeplearning4j.optimize.api.TrainingListener;

/**
 * DL4J's standard training UI for a run: a {@link StatsListener} that reports every iteration into an in-memory
 * stats storage attached to DL4J's Vert.x {@code UIServer} on {@code localhost:port}.
 */
public final class TrainingUi implements AutoCloseable {
    private final VertxUIServer server;
    private final StatsStorage storage;
    private final StatsListener listener;

    private TrainingUi(VertxUIServer server, StatsStorage storage) {
        this.server = server;
        this.storage = storage;
        this.listener = new StatsListener(storage, 1);
    }

    /** Starts (or reuses, DL4J's server is a singleton) the UI server on {@code port}. */
    public static TrainingUi start(int port) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("UI port must be 1..65535, got " + port);
        VertxUIServer server;
        try {
            server = VertxUIServer.getInstance(port, false, null);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the DL4J UI on port " + port + " (" + e.getMessage()
                    + "); choose another with --ui-port", e);
        }
        if (server.getPort() != port) {
            throw new IllegalStateException("the DL4J UI already runs on port " + server.getPort() + " in this "
                    + "process, not on " + port);
        }
        StatsStorage storage = new InMemoryStatsStorage();
        server.attach(storage);
        return new TrainingUi(server, storage);
    }

    /** The listener to attach to the network. */
    public TrainingListener listener() {
        return listener;
    }

    /** The training overview page. */
    public String url() {
        return "http://localhost:" + server.getPort() + "/train/overview";
    }

    @Override
    public void close() {
        server.detach(storage);
        try {
            VertxUIServer.stopInstance();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the DL4J UI server: " + e.getMessage(), e);
        }
    }
}
