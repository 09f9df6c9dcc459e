package org.massode.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar target/massode.jar <command>}. */
@Command(name = "massode", mixinStandardHelpOptions = true, version = "MassODE 0.1.0",
        description = "Neural-mass dynamics as trainable neural-ODE layers in Deeplearning4j.",
        subcommands = {TrainCommand.class, PlotCommand.class, EvaluateCommand.class, ExportCommand.class,
                QuickstartCommand.class, BenchCommand.class, MeanfieldCommand.class, MemoryCommand.class,
                TrainHybridCommand.class, ReportCommand.class, RhommCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting the JVM (used by tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + ex.getMessage());
            if (System.getenv("MASSODE_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 2;
        });
        return cl.execute(args);
    }
}
