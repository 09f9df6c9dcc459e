package org.massode.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.massode.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a dataset's files from the mirrors of its {@link DatasetConfig} into a folder, verifying each against its
 * checksum before it is renamed into place, so a failed or corrupt download never leaves a file that looks valid.
 */
final class DatasetDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetDownloader.class);

    private DatasetDownloader() {
    }

    /** Downloads every missing file; throws naming the folder and every failed mirror when a file cannot be had. */
    static void fetch(DatasetConfig cfg, Path dir) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        for (var e : cfg.files().entrySet()) {
            Path target = dir.resolve(e.getKey() + ".gz");
            if (target.toFile().isFile()) continue;
            List<String> failures = new ArrayList<>();
            boolean ok = false;
            for (String url : e.getValue().urls()) {
                try {
                    LOG.info("downloading {}", url);
                    HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofInputStream());
                    if (r.statusCode() != 200) {
                        failures.add(url + " (HTTP " + r.statusCode() + ")");
                        continue;
                    }
                    byte[] gz;
                    try (InputStream in = r.body()) {
                        gz = in.readAllBytes();
                    }
                    byte[] raw = IdxFiles.readAll(new java.io.ByteArrayInputStream(gz), url, true);
                    cfg.verify(e.getKey(), raw, url);
                    AtomicFiles.write(target, out -> out.write(gz));
                    ok = true;
                    break;
                } catch (IOException | RuntimeException ex) {
                    failures.add(url + " (" + ex.getMessage() + ")");
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    failures.add(url + " (interrupted)");
                    break;
                }
            }
            if (!ok) {
                throw new IllegalArgumentException("could not download " + e.getKey() + ".gz into " + dir
                        + "; tried " + failures);
            }
        }
    }
}
