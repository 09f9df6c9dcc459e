package org.massode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code memory}: associative-memory experiments with the E/I firing-rate, classic and IDP Hopfield networks. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Associative memory: retrieval, stability of stored patterns, and the curves of issue #4.",
        subcommands = {MemoryRetrievalCommand.class, MemoryStabilityCommand.class, MemoryCurvesCommand.class})
public final class MemoryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
