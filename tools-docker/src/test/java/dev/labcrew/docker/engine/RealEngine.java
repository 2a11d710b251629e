package dev.labcrew.docker.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerConfig;
import dev.labcrew.docker.DockerException;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.WaitPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real Docker engine for the integration tests ({@code DOCKER_HOST} or {@code /var/run/docker.sock}), or a skip
 * saying why there is none. No registry is reachable, so the test image is a busybox root file system imported
 * through the API. Everything a run creates carries the label {@code labcrew.it=RUN} and is removed on close.
 */
final class RealEngine implements AutoCloseable {
    static final String IMAGE = "labcrew-test/busybox:1";
    static final String LABEL = "labcrew.it";
    static final WaitPolicy PATIENT = WaitPolicy.of(Duration.ofMillis(200), Duration.ofSeconds(40), d -> Thread.sleep(d.toMillis()));
    private static final List<String> APPLETS = List.of("sh", "echo", "sleep", "head", "tr", "cat", "true", "false");

    final String run = HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt(), (byte) System.nanoTime(),
        (byte) ThreadLocalRandom.current().nextInt()});
    final DockerClient client;
    final DockerHosts hosts;
    private final byte[] rootfs;
    private boolean importedBase;

    private RealEngine(DockerClient client, byte[] rootfs) {
        this.client = client;
        this.hosts = DockerHosts.of(client);
        this.rootfs = rootfs;
    }

    static RealEngine connectOrSkip() throws IOException {
        String host = System.getenv("DOCKER_HOST");
        assumeTrue(host != null || Files.exists(Path.of("/var/run/docker.sock")),
            "No Docker engine to test against: DOCKER_HOST is unset and /var/run/docker.sock is absent (.ci/run starts one)");
        DockerClient client = DockerClient.create(DockerConfig.fromEnv());
        try {
            client.apiVersion();
        } catch (DockerException e) {
            client.close();
            assumeTrue(false, "No Docker engine reachable at " + client.config().host() + ": " + e.getMessage());
        }
        Path busybox = Stream.of("/bin/busybox", "/usr/bin/busybox").map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(busybox != null && isStatic(busybox), "No static busybox to build the test image from: apt-get install busybox-static");
        TarWriter tar = new TarWriter();
        for (String dir : new String[] {"bin", "etc", "tmp", "proc", "sys", "dev"}) {
            tar.directory(dir);
        }
        tar.file("bin/busybox", 0755, Files.readAllBytes(busybox));
        APPLETS.forEach(applet -> tar.symlink("bin/" + applet, "busybox"));
        return new RealEngine(client, tar.finish());
    }

    /** A dynamically linked busybox names its loader; it cannot run in a root file system without libc. */
    private static boolean isStatic(Path binary) throws IOException {
        byte[] head = Files.readAllBytes(binary);
        return !new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1).contains("ld-linux");
    }

    void ensureBaseImage() {
        try {
            client.get("/images/" + IMAGE + "/json", Map.of());
        } catch (DockerException e) {
            importImage("labcrew-test/busybox", "1", "labcrew.test=1");
            importedBase = true;
        }
    }

    /** {@code docker import} through the API: the tar as the body, a label through {@code changes}. */
    void importImage(String repo, String tag, String label) {
        String answer = client.upload("/images/create", Map.of("fromSrc", "-", "repo", repo, "tag", tag, "changes", "LABEL " + label),
            rootfs, "application/x-tar");
        if (answer.contains("\"error")) {
            throw new IllegalStateException("import of " + repo + ":" + tag + " failed: " + answer);
        }
    }

    /** Creates and starts a labelled container on no network; returns its name. */
    String run(String suffix, String script, ObjectNode hostConfig) {
        String name = "labcrew-it-" + run + "-" + suffix;
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("Image", IMAGE);
        body.putArray("Cmd").add("sh").add("-c").add(script);
        body.putObject("Labels").put(LABEL, run);
        body.set("HostConfig", hostConfig.put("NetworkMode", "none"));
        client.post("/containers/create", Map.of("name", name), body);
        client.post("/containers/" + name + "/start", Map.of());
        return name;
    }

    static ObjectNode hostConfig() {
        return JsonNodeFactory.instance.objectNode();
    }

    JsonNode inspect(String name) {
        return client.get("/containers/" + name + "/json", Map.of());
    }

    JsonNode await(String name, Predicate<JsonNode> done) {
        return PATIENT.until(() -> inspect(name), done);
    }

    List<String> imageIds(String filterLabel) {
        String filters = "{\"label\":[\"" + filterLabel + "\"]}";
        return client.get("/images/json", Map.of("filters", filters)).findValuesAsText("Id");
    }

    @Override
    public void close() {
        String filters = "{\"label\":[\"" + LABEL + "=" + run + "\"]}";
        for (JsonNode c : client.get("/containers/json", Map.of("all", "true", "filters", filters))) {
            client.delete("/containers/" + c.path("Id").asText(), Map.of("force", "true", "v", "true"));
        }
        for (String id : imageIds(LABEL + "=" + run)) {
            client.delete("/images/" + id, Map.of("force", "true"));
        }
        if (importedBase) {
            client.delete("/images/" + IMAGE, Map.of("force", "true"));
        }
        hosts.close();
    }
}
