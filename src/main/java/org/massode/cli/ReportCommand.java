package org.massode.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.io.AtomicFiles;
import org.massode.report.ResultRow;
import org.massode.report.ResultsCollector;
import org.massode.report.ResultsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: regenerates the comparison table of {@code experiments/results/README.md} from cards and logs. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Regenerate the results table (between <!-- report:begin/end --> markers) from trained-models/*/"
                + "model-card.json, experiments/logs/*.json and experiments/*.yaml.")
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--root", defaultValue = ".", description = "project folder (default: the current one)")
    Path root;
    @Option(names = "--out", description = "file to update (default <root>/experiments/results/README.md)")
    Path out;
    @Option(names = "--json", description = "print one JSON object: the file written and the number of rows")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path file = out != null ? out : root.resolve("experiments/results/README.md");
        List<ResultRow> rows = ResultsCollector.collect(root);
        String old = Files.isRegularFile(file) ? Files.readString(file) : "# Results\n";
        AtomicFiles.writeString(file, ResultsTable.splice(old, ResultsTable.markdown(rows)));
        long measured = rows.stream().filter(ResultRow::measured).count();
        if (json) Json.print(Map.of("file", file.toString(), "rows", rows.size(), "measured", measured));
        else System.out.printf("%s: %d rows (%d measured)%n", file, rows.size(), measured);
        return 0;
    }
}
