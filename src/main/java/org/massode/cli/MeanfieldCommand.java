package org.massode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code meanfield}: the mean-field limit of large Hopfield-like networks and its check against finite networks. */
@Command(name = "meanfield", mixinStandardHelpOptions = true,
        description = "Mean-field limit of networks of Hopfield-like neurons (Faugeras & Tanré 2024).",
        subcommands = {MeanfieldSolveCommand.class, MeanfieldNetworkCommand.class, MeanfieldCompareCommand.class})
public final class MeanfieldCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
