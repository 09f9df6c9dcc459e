package org.massode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: speed benchmarks; each subcommand prints one JSON object with {@code --json}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Speed benchmarks (not timed tests).",
        subcommands = {BenchOdeCommand.class, BenchWcCommand.class, BenchConvCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
