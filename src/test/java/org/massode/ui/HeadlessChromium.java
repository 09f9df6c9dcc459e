package org.massode.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven through the DevTools protocol (one page, {@code Runtime.evaluate}), with nothing but the
 * JDK's HTTP and WebSocket clients. Used to look at DL4J's training UI as a browser renders it.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new java.util.concurrent.ConcurrentHashMap<>();

    /** The browser binary: {@code MASSODE_CHROMIUM}, else chromium / chromium-browser / google-chrome on the PATH. */
    static Path find() {
        String env = System.getenv("MASSODE_CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) return Path.of(env);
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    HeadlessChromium(Path binary, String url, Path profile) throws Exception {
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, "--window-size=1400,1000", url)
                .redirectErrorStream(true).start();
        String browserWs = awaitDevTools();
        URI u = URI.create(browserWs);
        HttpClient http = HttpClient.newHttpClient();
        String pageWs = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pageWs == null && System.nanoTime() < deadline) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://" + u.getHost() + ":" + u.getPort()
                    + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode t : JSON.readTree(list)) {
                if ("page".equals(t.path("type").asText())) pageWs = t.path("webSocketDebuggerUrl").asText();
            }
            if (pageWs == null) Thread.sleep(200);
        }
        if (pageWs == null) throw new IllegalStateException("Chromium opened no page");
        socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new Listener()).get(20, TimeUnit.SECONDS);
    }

    private String awaitDevTools() throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = r.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // keep the pipe empty so that Chromium never blocks on its log
                        }
                    } catch (IOException ignored) {
                        // the browser was closed
                    }
                }, "chromium-log");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("Chromium exited before opening DevTools:\n" + seen);
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", "Runtime.evaluate", "params",
                Map.of("expression", expression, "returnByValue", true))), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = f.get(20, TimeUnit.SECONDS);
        return reply.path("result").path("result").path("value");
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buf = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buf.append(data);
            if (last) {
                try {
                    JsonNode msg = JSON.readTree(buf.toString());
                    CompletableFuture<JsonNode> f = msg.has("id") ? pending.remove(msg.get("id").asInt()) : null;
                    if (f != null) f.complete(msg);
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                buf.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
