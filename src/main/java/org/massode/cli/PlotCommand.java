package org.massode.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.report.RunPlotter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plot --run <out>}: (re)draws the PNG plots of a training run into {@code <out>/plots/}. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = "Draw training curves, confusion matrix and (WC models) dynamics of a run as PNG files.")
public final class PlotCommand implements Callable<Integer> {
    @Option(names = "--run", required = true, description = "the run folder (train --out)")
    Path run;
    @Option(names = "--data-dir", description = "folder with <dataset>/ (else MASSODE_DATA, ~/.massode/datasets)")
    Path dataDir;
    @Option(names = "--images", defaultValue = "4", description = "test images whose dynamics are drawn (1-10)")
    int images;
    @Option(names = "--eval-limit", defaultValue = "1000",
            description = "test images evaluated when the run has no confusion.csv")
    int evalLimit;
    @Option(names = "--json", description = "print one JSON object listing the files")
    boolean json;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<Path> files = new RunPlotter(run, dataDir, images, evalLimit).plot();
        if (json) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("run", run.toString());
            r.put("files", files.stream().map(Path::toString).toList());
            r.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
            Json.print(r);
        } else {
            files.forEach(f -> System.out.println(f));
        }
        return 0;
    }
}
