package org.massode.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.massode.io.AtomicFiles;

/**
 * The checkpoints of a run, {@code <run>/checkpoints/epoch-NNNN.zip}, newest last.
 *
 * <p>A checkpoint is one zip holding {@value #MODEL_ENTRY} (DL4J's {@link ModelSerializer} format with the updater
 * state, so Adam's moments and step count continue), {@value #STATE_ENTRY} (a {@link TrainingState}) and, in a run
 * that averages weights, {@value #AVERAGE_ENTRY} (the {@link ParameterAverage} so far). It is
 * written to a temporary file and renamed into place, so a process killed while writing leaves the previous
 * checkpoints intact and never a truncated one under a checkpoint name. Only the newest {@code keep} are kept.
 */
public final class CheckpointStore {
    public static final String DIR = "checkpoints";
    static final String MODEL_ENTRY = "model.zip";
    static final String STATE_ENTRY = "state.json";
    static final String AVERAGE_ENTRY = "average.bin";
    private static final Pattern NAME = Pattern.compile("epoch-(\\d{4,})\\.zip");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final int keep;

    /** A loaded checkpoint; {@code average} is empty (count 0) when the run does not average weights (yet). */
    public record Checkpoint(Path file, MultiLayerNetwork net, TrainingState state, ParameterAverage average) {
    }

    /**
     * @param runDir the run's output folder; checkpoints go to {@code runDir/checkpoints}
     * @param keep   how many of the newest checkpoints to keep (≥ 1)
     */
    public CheckpointStore(Path runDir, int keep) {
        if (keep < 1) throw new IllegalArgumentException("keep at least 1 checkpoint, got " + keep);
        this.dir = runDir.resolve(DIR);
        this.keep = keep;
    }

    public Path dir() {
        return dir;
    }

    /** Writes the checkpoint of the end of {@code state.epochsDone()} atomically, then deletes the oldest beyond k. */
    public Path save(MultiLayerNetwork net, TrainingState state) {
        return save(net, state, new ParameterAverage());
    }

    /** As {@link #save(MultiLayerNetwork, TrainingState)}, with the weight average when it holds any epoch. */
    public Path save(MultiLayerNetwork net, TrainingState state, ParameterAverage average) {
        Path file = dir.resolve(String.format("epoch-%04d.zip", state.epochsDone()));
        byte[] model = serialize(net);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(STATE_ENTRY));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(MODEL_ENTRY));
            zip.write(model);
            zip.closeEntry();
            if (average.count() > 0) {
                zip.putNextEntry(new ZipEntry(AVERAGE_ENTRY));
                zip.write(average.toBytes());
                zip.closeEntry();
            }
            zip.finish();
        });
        prune();
        return file;
    }

    private static byte[] serialize(MultiLayerNetwork net) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ModelSerializer.writeModel(net, bytes, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the network for a checkpoint: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private void prune() {
        List<Path> all = list();
        for (int i = 0; i < all.size() - keep; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete old checkpoint " + all.get(i) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The checkpoint files, oldest first (temporary files of interrupted writes are ignored). */
    public List<Path> list() {
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        files.sort((a, b) -> Integer.compare(epochOf(a), epochOf(b)));
        return files;
    }

    private static int epochOf(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException("not a checkpoint file name: " + p);
        return Integer.parseInt(m.group(1));
    }

    /** The newest checkpoint file, or null when there is none. */
    public Path latestFile() {
        List<Path> all = list();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Loads the newest checkpoint; an error names the folder when there is none. */
    public Checkpoint loadLatest() {
        Path latest = latestFile();
        if (latest == null) {
            throw new CheckpointException("no checkpoint to resume from in " + dir + ": expected files named "
                    + "epoch-NNNN.zip, written by `train --out " + dir.getParent() + "` at the end of each epoch");
        }
        return load(latest);
    }

    /** Loads one checkpoint file; a missing entry or a damaged zip is an error naming the file. */
    public static Checkpoint load(Path file) {
        byte[] model = null;
        TrainingState state = null;
        ParameterAverage average = new ParameterAverage();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(MODEL_ENTRY)) model = zip.readAllBytes();
                else if (e.getName().equals(STATE_ENTRY)) state = JSON.readValue(zip.readAllBytes(), TrainingState.class);
                else if (e.getName().equals(AVERAGE_ENTRY)) average = ParameterAverage.fromBytes(zip.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, e.getMessage(), e);
        }
        if (model == null || state == null) {
            throw corrupt(file, "it lacks " + (model == null ? MODEL_ENTRY : STATE_ENTRY), null);
        }
        try (InputStream in = new ByteArrayInputStream(model)) {
            return new Checkpoint(file, ModelSerializer.restoreMultiLayerNetwork(in, true), state, average);
        } catch (IOException | RuntimeException e) {
            throw corrupt(file, "its " + MODEL_ENTRY + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static CheckpointException corrupt(Path file, String why, Throwable cause) {
        return new CheckpointException("checkpoint " + file + " is damaged or not a MassODE checkpoint: " + why
                + ". Delete it to resume from the previous checkpoint in " + file.getParent() + ".", cause);
    }
}
