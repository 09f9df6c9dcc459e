package org.massode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rhomm}: effective connectivity from binarized band-limited power with the Recurrent Hopfield Mass Model. */
@Command(name = "rhomm", mixinStandardHelpOptions = true,
        description = "Recurrent Hopfield Mass Model: effective connectivity from band-limited-power signals.",
        subcommands = {RhommSimulateCommand.class, RhommFitCommand.class, RhommSweepCommand.class,
                RhommBenchCommand.class, RhommEndToEndCommand.class})
public final class RhommCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
