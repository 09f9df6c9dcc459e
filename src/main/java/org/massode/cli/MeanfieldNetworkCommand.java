package org.massode.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.massode.io.AtomicFiles;
import org.massode.meanfield.FieldStatistics;
import org.massode.meanfield.FiniteNetwork;
import org.massode.meanfield.MeanFieldCsv;
import org.massode.meanfield.TimeGrid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code meanfield network}: simulate R finite networks of N neurons and report their empirical (m_N, C_N). */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = "Simulate finite networks (independent coupling realizations) by Euler-Maruyama.")
public final class MeanfieldNetworkCommand implements Callable<Integer> {
    @Mixin
    MeanfieldModelOptions modelOptions;
    @Option(names = "--N", defaultValue = "1000", description = "Neurons per network; default ${DEFAULT-VALUE}.")
    int neurons;
    @Option(names = "--realizations", defaultValue = "4", description = "Independent networks (coupling draws); default ${DEFAULT-VALUE}.")
    int realizations;
    @Option(names = "--trajectories", defaultValue = "5", description = "Neuron paths of the first network kept; default ${DEFAULT-VALUE}.")
    int trajectories;
    @Option(names = "--out", description = "Folder for network_m.csv, network_C.csv (mean over networks), network_trajectories.csv.")
    Path out;
    @Option(names = "--csv-stride", defaultValue = "1", description = "Write the CSVs on every k-th grid point; default ${DEFAULT-VALUE} (full grid).")
    int csvStride;
    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (csvStride < 1) {
            throw new IllegalArgumentException("--csv-stride must be at least 1, got " + csvStride);
        }
        var model = modelOptions.model();
        TimeGrid grid = modelOptions.grid();
        FiniteNetwork net = new FiniteNetwork(model, grid, neurons, modelOptions.precision());
        FiniteNetwork.Run run = net.simulate(realizations, modelOptions.seed, Math.min(trajectories, neurons));
        INDArray ms = Nd4j.zeros(DataType.DOUBLE, grid.points(), realizations);
        INDArray meanC = Nd4j.zeros(DataType.DOUBLE, grid.points(), grid.points());
        List<Double> finalM = new ArrayList<>();
        for (int r = 0; r < realizations; r++) {
            FieldStatistics st = run.networks().get(r);
            ms.getColumn(r).assign(st.mean());
            meanC.addi(st.covariance());
            finalM.add(st.mean().getDouble(grid.steps()));
        }
        meanC.divi(realizations);
        List<String> files = new ArrayList<>();
        if (out != null) {
            Path m = out.resolve("network_m.csv");
            Path c = out.resolve("network_C.csv");
            Path t = out.resolve("network_trajectories.csv");
            AtomicFiles.writeString(m, MeanFieldCsv.series(grid, ms, "m_N_net", csvStride));
            AtomicFiles.writeString(c, MeanFieldCsv.covariance(meanC, grid, csvStride));
            AtomicFiles.writeString(t, MeanFieldCsv.series(grid, run.trajectories(), "X", csvStride));
            files.add(m.toString());
            files.add(c.toString());
            files.add(t.toString());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("N", neurons);
        result.put("realizations", realizations);
        result.put("seconds", run.seconds());
        result.put("coupling_mean", run.couplingMean());
        result.put("coupling_mean_expected", model.couplingMean() / neurons);
        result.put("coupling_std", run.couplingStd());
        result.put("coupling_std_expected", model.couplingStd() / Math.sqrt(neurons));
        result.put("m_T", finalM);
        result.put("parameters", modelOptions.describe());
        result.put("files", files);
        if (json) {
            Json.print(result);
        } else {
            System.out.printf("%d networks of N = %d in %.2f s; m_N(T) = %s%n", realizations, neurons, run.seconds(),
                    finalM);
        }
        return 0;
    }
}
