package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.massode.cli.Main;

/**
 * Checkpoints, determinism and divergence on one tiny MLP run (3 epochs) and a few variations of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingRunTest {
    private Path tmp;
    private Path run;
    private Trainer.Result first;

    @BeforeAll
    void train(@TempDir Path dir) {
        tmp = dir;
        run = tmp.resolve("run");
        TrainOptions opts = TrainOptions.builder().progress(ProgressMode.NONE).evalLimit(300).keepCheckpoints(2)
                .build();
        first = new Trainer(TinyRun.config(TinyRun.mlp(3, 5)), null, opts).run(run);
    }

    @Test
    void everyEpochWritesAMetricsRowAndACheckpointKeepingTheLastK() {
        List<EpochMetrics> rows = MetricsCsv.read(run.resolve(MetricsCsv.FILE));
        assertEquals(3, rows.size());
        assertTrue(rows.get(2).loss() < rows.get(0).loss(), "loss decreases: " + rows);
        assertTrue(rows.get(2).testAccuracy() > 0.5, "learns something: " + rows);
        for (EpochMetrics m : rows) assertTrue(m.seconds() > 0 && m.trainAccuracy() > 0, m.toString());
        CheckpointStore store = new CheckpointStore(run, 2);
        assertEquals(List.of(run.resolve("checkpoints/epoch-0002.zip"), run.resolve("checkpoints/epoch-0003.zip")),
                store.list(), "keep 2: the oldest checkpoint was deleted");
        CheckpointStore.Checkpoint ck = store.loadLatest();
        assertEquals(3, ck.state().epochsDone());
        assertEquals(36, ck.state().iterations());
        for (int i = 0; i < 3; i++) {
            assertEquals(rows.get(i).withoutTime(), ck.state().metrics().get(i).withoutTime(), "metrics in the state");
        }
        assertArrayEquals(first.net().params().data().asFloat(), ck.net().params().data().asFloat(),
                "checkpoint holds the final parameters");
        assertArrayEquals(first.net().getUpdater().getStateViewArray().data().asFloat(),
                ck.net().getUpdater().getStateViewArray().data().asFloat(), "checkpoint holds Adam's moments");
        assertEquals(36, ck.net().getIterationCount(), "and Adam's step count");
    }

    @Test
    void theSameSeedGivesTheSameMetricsAndADifferentSeedDoesNot() {
        Trainer.Result again = new Trainer(TinyRun.config(TinyRun.mlp(3, 5)), null, TinyRun.quiet()).run(null);
        for (int i = 0; i < 3; i++) {
            assertEquals(first.metrics().get(i).withoutTime(), again.metrics().get(i).withoutTime(), "epoch " + (i + 1));
        }
        assertArrayEquals(first.net().params().data().asFloat(), again.net().params().data().asFloat(),
                "same parameters, bit for bit");
        assertEquals(first.testAccuracy(), again.testAccuracy(), 0.0);
        Trainer.Result other = new Trainer(TinyRun.config(TinyRun.mlp(1, 6)), null, TinyRun.quiet()).run(null);
        assertNotEquals(first.metrics().get(0).loss(), other.metrics().get(0).loss());
    }

    @Test
    void resumingAFinishedRunWithMoreEpochsContinuesWhereItStopped() throws Exception {
        Path copy = tmp.resolve("longer");
        copyRun(run, copy);
        Trainer.Result r = Trainer.resume(copy, null, TinyRun.quiet(), 4, null);
        assertEquals(4, r.firstEpoch());
        assertEquals(4, r.metrics().size());
        Trainer.Result straight = new Trainer(TinyRun.config(TinyRun.mlp(4, 5)), null, TinyRun.quiet()).run(null);
        assertEquals(straight.metrics().get(3).withoutTime(), r.metrics().get(3).withoutTime());
    }

    @Test
    void aNaNLossStopsTheRunNamingEpochIterationAndTheLastGoodCheckpoint() {
        Path out = tmp.resolve("diverged");
        // after the 3rd batch of epoch 2 the parameters become NaN, as after an exploding update
        TrainOptions opts = TrainOptions.builder().progress(ProgressMode.NONE).evalLimit(300)
                .listener(new BaseTrainingListener() {
                    @Override
                    public void iterationDone(Model model, int iteration, int epoch) {
                        if (epoch == 1 && iteration == 12 + 2) model.params().assign(Float.NaN);
                    }
                }).build();
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> new Trainer(TinyRun.config(TinyRun.mlp(3, 5)), null, opts).run(out));
        assertEquals(2, e.epoch());
        assertEquals(4, e.iteration());
        Path ck = out.resolve("checkpoints/epoch-0001.zip");
        assertEquals(ck, e.lastCheckpoint());
        assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("epoch 2, iteration 4")
                && e.getMessage().contains(ck.toString()) && e.getMessage().contains("--resume " + out),
                e.getMessage());
        assertEquals(List.of(ck), new CheckpointStore(out, 3).list(), "nothing was saved after the divergence");
        assertEquals(1, MetricsCsv.read(out.resolve(MetricsCsv.FILE)).size());
        assertTrue(Double.isFinite(CheckpointStore.load(ck).net().params().sumNumber().doubleValue()),
                "the last checkpoint holds finite parameters");
    }

    @Test
    void aDivergenceInTheFirstEpochSaysThatThereIsNoCheckpoint() {
        TrainOptions opts = TrainOptions.builder().progress(ProgressMode.NONE).listener(new BaseTrainingListener() {
            @Override
            public void iterationDone(Model model, int iteration, int epoch) {
                model.params().assign(Float.POSITIVE_INFINITY);
            }
        }).build();
        DivergenceException e = assertThrows(DivergenceException.class,
                () -> new Trainer(TinyRun.config(TinyRun.mlp(1, 5)), null, opts).run(tmp.resolve("first")));
        assertEquals(1, e.epoch());
        assertEquals(2, e.iteration());
        assertNull(e.lastCheckpoint());
        assertTrue(e.getMessage().contains("No checkpoint was written"), e.getMessage());
    }

    @Test
    void resumeWithoutCheckpointsNamesTheFolderAndWhatWasExpected() {
        Path empty = tmp.resolve("empty");
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> Trainer.resume(empty, null, TinyRun.quiet(), null, null));
        assertTrue(e.getMessage().contains(empty.resolve("checkpoints").toString())
                && e.getMessage().contains("epoch-NNNN.zip"), e.getMessage());
        assertEquals(2, Main.run("train", "--resume", empty.toString()));
    }

    @Test
    void aDamagedCheckpointIsNamedAndLeftoverTemporaryFilesAreIgnored() throws Exception {
        Path copy = tmp.resolve("damaged");
        copyRun(run, copy);
        Path ckDir = copy.resolve("checkpoints");
        Files.writeString(ckDir.resolve(".epoch-0004.zip123.tmp"), "half-written by a killed process");
        assertEquals(ckDir.resolve("epoch-0003.zip"), new CheckpointStore(copy, 3).latestFile());
        byte[] bytes = Files.readAllBytes(ckDir.resolve("epoch-0003.zip"));
        Files.write(ckDir.resolve("epoch-0003.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> Trainer.resume(copy, null, TinyRun.quiet(), 4, null));
        assertTrue(e.getMessage().contains(ckDir.resolve("epoch-0003.zip").toString()), e.getMessage());
    }

    @Test
    void badCommandLinesAreRejectedWithAReason() {
        assertEquals(2, Main.run("train", "--progress", "none"));
        assertEquals(2, Main.run("train", "--resume", run.toString(), "--seed", "3"));
        assertEquals(2, Main.run("train", "--config", "experiments/mnist-mlp.yaml", "--lr", "0.1"));
    }

    private static void copyRun(Path from, Path to) throws Exception {
        Files.createDirectories(to.resolve("checkpoints"));
        for (Path p : new CheckpointStore(from, 3).list()) Files.copy(p, to.resolve("checkpoints").resolve(p.getFileName()));
    }
}
