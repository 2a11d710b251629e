package dev.labcrew.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven over the DevTools protocol (JDK WebSocket, no Selenium): a phone-sized
 * viewport, navigation, buttons pressed and text typed as trusted input events, the DOM's text and screenshots. Absent locally,
 * a test using it is skipped with the reason; with {@code LABCREW_REQUIRE_CHROMIUM=1} (CI) that is a failure.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static HeadlessChromium phone() throws Exception {
        Path binary = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").map(Path::of)
            .filter(Files::isExecutable).findFirst().orElse(null);
        if (binary == null) {
            String reason = "no chromium installed (apt-get install chromium; .ci/run does)";
            if ("1".equals(System.getenv("LABCREW_REQUIRE_CHROMIUM"))) {
                throw new IllegalStateException(reason + ", and LABCREW_REQUIRE_CHROMIUM=1");
            }
            Assumptions.abort(reason);
        }
        Path profile = Files.createTempDirectory("labcrew-chromium");
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-dev-shm-usage", "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserWs = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; browserWs == null && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserWs = m.group(1);
            }
        }
        if (browserWs == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not start its DevTools endpoint");
        }
        Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserWs);
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body());
        String pageWs = null;
        for (JsonNode t : targets) {
            if ("page".equals(t.path("type").asText())) {
                pageWs = t.path("webSocketDebuggerUrl").asText();
            }
        }
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                self[0].received(data, last);
                ws.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new HeadlessChromium(process, profile, socket);
        self[0].call("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        self[0].call("Page.enable", Map.of());
        self[0].call("Page.bringToFront", Map.of());
        self[0].call("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return self[0];
    }

    private synchronized void received(CharSequence data, boolean last) {
        partial.append(data);
        if (!last) {
            return;
        }
        try {
            JsonNode message = JSON.readTree(partial.toString());
            CompletableFuture<JsonNode> reply = message.has("id") ? waiting.remove(message.get("id").asInt()) : null;
            if (reply != null) {
                reply.complete(message);
            }
        } catch (IOException e) {
            // Not a message of ours.
        } finally {
            partial.setLength(0);
        }
    }

    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        waiting.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        JsonNode answer = reply.get(30, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Opens the URL and waits until the document has loaded. */
    void open(String url) throws Exception {
        String before = evaluate("String(performance.timeOrigin)");
        call("Page.navigate", Map.of("url", url));
        awaitLoaded(before);
    }

    /** The page's visible text. */
    String text() throws Exception {
        return evaluate("document.body ? document.body.innerText : ''");
    }

    /** The page's HTML as the browser parsed it. */
    String html() throws Exception {
        return evaluate("document.documentElement.outerHTML");
    }

    /**
     * Activates the button with this id from the keyboard (focus, then Enter: a trusted input event, as a
     * phone keyboard's "Go" sends) and waits for the page it leads to. Synthetic mouse and touch events
     * reach the button in headless Chromium 150 but do not submit its form, so they are not used.
     */
    void press(String elementId) throws Exception {
        String before = evaluate("String(performance.timeOrigin)");
        evaluate("document.getElementById('" + elementId + "').focus(), ''");
        call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13, "text", "\r"));
        call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13));
        awaitLoaded(before);
    }

    /** Focuses the field with this id and types the text into it. */
    void type(String elementId, String text) throws Exception {
        evaluate("document.getElementById('" + elementId + "').focus(), ''");
        call("Input.insertText", Map.of("text", text));
    }

    void screenshot(Path png) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    private String evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        return result.path("result").path("value").asText();
    }

    private void awaitLoaded(String previousOrigin) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Thread.sleep(100);
            try {
                String origin = evaluate("String(performance.timeOrigin)");
                if (!origin.equals(previousOrigin) && evaluate("document.readyState").equals("complete")) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // The old document's context went away mid-call: the new one is on its way.
            }
        }
        throw new IllegalStateException("the page did not load within 30 s; it shows " + evaluate("location.href"));
    }

    /**
     * Ends Chromium and every process it started, then deletes the profile. Chromium's helpers (network service,
     * zygote) outlive the browser process for a moment and keep writing into the profile; deleting it under them made
     * the suite fail now and then, so they are ended and waited for first, and a file that still vanishes mid-walk
     * is taken as deleted.
     */
    @Override
    public void close() throws IOException {
        socket.abort();
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy(); // Chromium ends its helpers itself on the way out
        end(process.toHandle(), 10);
        helpers.forEach(ProcessHandle::destroy); // what is left, such as the crash handler
        helpers.forEach(helper -> end(helper, 2));
        deleteTree(profile);
    }

    /** Waits for {@code process} to exit, killing it (and waiting for that) after {@code seconds}. */
    private static void end(ProcessHandle process, int seconds) {
        if (!exited(process, seconds)) {
            process.destroyForcibly();
            exited(process, 5);
        }
    }

    private static boolean exited(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteTree(Path profile) throws IOException {
        Files.walkFileTree(profile, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
