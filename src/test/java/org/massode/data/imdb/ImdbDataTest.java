package org.massode.data.imdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.data.DataFileException;
import org.massode.data.DatasetConfigYaml;
import org.massode.data.DatasetLocator;
import org.massode.data.DatasetNotFoundException;
import org.massode.data.Split;
import org.massode.data.text.TfidfVectorizer;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

class ImdbDataTest {

    private static List<Review> parse(String json) throws Exception {
        return ImdbJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mem.json");
    }

    @Test
    void jsonRecordsParseAndBadInputNamesThePosition() throws Exception {
        List<Review> r = parse("[{\"t\":\"Good <br />film\",\"s\":1},{\"s\":0,\"t\":\"meh\",\"x\":[1,2]},{\"t\":\"  \",\"s\":1}]");
        assertEquals(List.of(new Review("Good <br />film", 1), new Review("meh", 0)), r, "blank review dropped");
        var malformed = assertThrows(DataFileException.class, () -> parse("[{\"t\":\"a\",\"s\":1},\n{\"t\":\"b\" \"s\":0}]"));
        assertTrue(malformed.getMessage().contains("mem.json") && malformed.getMessage().contains("line 2"),
                malformed.getMessage());
        var label = assertThrows(DataFileException.class, () -> parse("[{\"t\":\"a\",\"s\":2}]"));
        assertTrue(label.getMessage().contains("record 0") && label.getMessage().contains("0 or 1"), label.getMessage());
        var missing = assertThrows(DataFileException.class, () -> parse("[{\"t\":\"a\"}]"));
        assertTrue(missing.getMessage().contains("missing \"s\""), missing.getMessage());
        byte[] badUtf8 = {'[', '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', ',', '"', 's', '"', ':', '1', '}', ']'};
        var enc = assertThrows(DataFileException.class,
                () -> ImdbJsonReader.read(new ByteArrayInputStream(badUtf8), "bad.json"));
        assertTrue(enc.getMessage().contains("bad.json") && enc.getMessage().toLowerCase().contains("utf"),
                enc.getMessage());
        assertThrows(DataFileException.class, () -> parse("{\"t\":\"a\"}"));
    }

    @Test
    void splitDropsDuplicatesKeepsLabelsBalancedAndIsDeterministic() {
        List<Review> all = new ArrayList<>();
        for (int i = 0; i < 101; i++) all.add(new Review("neg " + i, 0));
        for (int i = 0; i < 60; i++) all.add(new Review("pos " + i, 1));
        all.add(new Review("neg 5", 0));
        all.add(new Review("pos 7", 0)); // exact duplicate text with another label: the first one wins
        ImdbSplit.Result a = ImdbSplit.split(all, 42);
        assertEquals(2, a.duplicatesDropped());
        assertEquals(50 + 30, a.train().size());
        assertEquals(51 + 30, a.test().size());
        assertEquals(30, a.train().stream().filter(r -> r.label() == 1).count());
        assertEquals(30, a.test().stream().filter(r -> r.label() == 1).count());
        assertTrue(a.test().stream().anyMatch(r -> r.text().equals("pos 7") && r.label() == 1)
                || a.train().stream().anyMatch(r -> r.text().equals("pos 7") && r.label() == 1));
        HashSet<String> texts = new HashSet<>();
        a.train().forEach(r -> texts.add(r.text()));
        a.test().forEach(r -> assertTrue(texts.add(r.text()), "no review in both halves"));
        assertEquals(161, texts.size());
        assertEquals(a, ImdbSplit.split(all, 42), "same seed, same split");
        assertNotEquals(a.train(), ImdbSplit.split(all, 43).train());
        assertNotEquals(0, a.train().get(0).label() + a.train().get(1).label() + a.train().get(2).label()
                + a.train().get(3).label() + a.train().get(4).label() - 5, "not sorted by label");
    }

    @Test
    void aclImdbLayoutIsReadInAFixedOrderAndFoundByTheLocator(@TempDir Path t) throws Exception {
        Path root = t.resolve("data/aclImdb");
        for (String s : List.of("train", "test")) {
            for (String l : List.of("pos", "neg")) {
                Path d = Files.createDirectories(root.resolve(s).resolve(l));
                for (int i = 2; i >= 0; i--) {
                    Files.writeString(d.resolve(i + "_" + (l.equals("pos") ? 9 : 2) + ".txt"), s + " " + l + " " + i);
                }
            }
        }
        Files.createDirectories(root.resolve("train/unsup"));
        List<Review> train = AclImdbReader.read(root, Split.TRAIN);
        assertEquals(6, train.size());
        assertEquals(new Review("train neg 0", 0), train.get(0));
        assertEquals(new Review("train pos 2", 1), train.get(5));
        DatasetLocator loc = DatasetLocator.builder().dataDir(t.resolve("data")).env(null).home(t.resolve("home"))
                .download(false).build();
        ImdbData.Splits s = ImdbData.load(loc, DatasetConfigYaml.load("imdb"));
        assertEquals(6, s.test().size());
        assertTrue(s.source().contains("official"), s.source());
        // the aclImdb folder itself works as --data-dir too
        DatasetLocator direct = DatasetLocator.builder().dataDir(root).env(null).home(t.resolve("home"))
                .download(false).build();
        assertEquals(6, ImdbData.load(direct, DatasetConfigYaml.load("imdb")).train().size());

        Files.write(root.resolve("test/neg/9_1.txt"), new byte[]{'o', 'k', (byte) 0xFF});
        var e = assertThrows(DataFileException.class, () -> AclImdbReader.read(root, Split.TEST));
        assertTrue(e.getMessage().contains("9_1.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
        Files.writeString(root.resolve("test/neg/9_1.txt"), "  ");
        var empty = assertThrows(DataFileException.class, () -> AclImdbReader.read(root, Split.TEST));
        assertTrue(empty.getMessage().contains("empty review"), empty.getMessage());

        var none = assertThrows(DatasetNotFoundException.class, () -> ImdbData.load(DatasetLocator.builder()
                .dataDir(t.resolve("nothing")).env(null).home(t.resolve("home")).download(false).build(),
                DatasetConfigYaml.load("imdb")));
        assertTrue(none.getMessage().contains("reviews.json") && none.getMessage().contains("aclImdb"), none.getMessage());
    }

    @Test
    void realImdbSplitCountsAndAFiveHundredReviewPipeline(@TempDir Path home) {
        String env = System.getenv("MASSODE_DATA");
        Path root = env != null && !env.isBlank() ? Paths.get(env) : Paths.get("..", "shared", "datasets");
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("imdb")), "skipped: real data folder "
                + root.toAbsolutePath().resolve("imdb") + " is absent (set MASSODE_DATA)");
        DatasetLocator loc = DatasetLocator.builder().dataDir(root).env(null).home(home).download(false).build();
        ImdbData.Splits s = ImdbData.load(loc, DatasetConfigYaml.load("imdb"));
        assertEquals(24_791, s.train().size());
        assertEquals(24_791, s.test().size());
        assertEquals(12_442, s.train().stream().filter(r -> r.label() == 1).count());
        assertEquals(12_442, s.test().stream().filter(r -> r.label() == 1).count());
        assertTrue(s.source().contains("418 duplicates"), s.source());

        ImdbFeatures f = ImdbFeatures.build(s.train().subList(0, 500), s.test().subList(0, 500),
                TfidfVectorizer.builder().maxFeatures(5000));
        assertEquals(5000, f.dimension());
        DataSetIterator it = f.trainIterator(128, 1);
        DataSet b = it.next();
        assertEquals(128, b.numExamples());
        assertEquals(5000, b.getFeatures().columns());
        assertEquals(1.0, b.getFeatures().getRow(0).norm2Number().doubleValue(), 1e-4);
        int n = 0;
        for (DataSetIterator t = f.testIterator(200); t.hasNext(); ) n += t.next().numExamples();
        assertEquals(500, n);
    }
}
