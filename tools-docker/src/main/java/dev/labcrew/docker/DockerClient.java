package dev.labcrew.docker;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.docker.internal.ApiVersions;
import dev.labcrew.docker.internal.DockerJson;
import dev.labcrew.docker.internal.DockerTransport;
import dev.labcrew.docker.internal.DockerTransport.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A client of one Docker engine (or Podman's Docker-compatible API). Paths are the Engine API's
 * without a version ({@code /containers/json}): the first call negotiates the version from the
 * unversioned {@code /version} and every later call is prefixed with it. Thread-safe; close it to
 * release connections.
 *
 * <pre>{@code
 * try (DockerClient docker = DockerClient.create(DockerConfig.fromEnv())) {
 *     JsonNode containers = docker.get("/containers/json", Map.of("all", "true"));
 * }
 * }</pre>
 *
 * Every call throws {@link DockerException} with an {@link ErrorKind}, a one-line message and a hint.
 */
public final class DockerClient implements AutoCloseable {
    private final DockerConfig config;
    private DockerTransport transport;
    private volatile String apiVersion;

    private DockerClient(DockerConfig config) {
        this.config = config;
    }

    /**
     * A client that sets up its transport (TLS files included) and connects when first used, so an engine that is
     * misconfigured or down only fails the calls that reach it.
     */
    public static DockerClient create(DockerConfig config) {
        return new DockerClient(Objects.requireNonNull(config, "config"));
    }

    /** The engine's name, used by the tools' {@code host} parameter. */
    public String name() {
        return config.name();
    }

    public DockerConfig config() {
        return config;
    }

    /** The unversioned {@code /version}: engine version, {@code ApiVersion}, {@code MinAPIVersion}, OS, kernel. */
    public JsonNode version() {
        return json("GET", "/version", transport().send("GET", "", "/version", Map.of(), null, null, null));
    }

    /** The API version spoken with this engine, negotiated on first use, e.g. {@code 1.41}. */
    public String apiVersion() {
        String chosen = apiVersion;
        if (chosen == null) {
            synchronized (this) {
                if (apiVersion == null) {
                    JsonNode version = version();
                    String max = version.path("ApiVersion").asText("");
                    if (!max.matches("\\d+\\.\\d+")) {
                        throw malformed("GET", "/version", "no ApiVersion in " + abbreviate(version.toString()));
                    }
                    apiVersion = ApiVersions.choose(name(), max, version.path("MinAPIVersion").asText(null));
                }
                chosen = apiVersion;
            }
        }
        return chosen;
    }

    /** GET; the parsed JSON answer. */
    public JsonNode get(String path, Map<String, String> query) {
        return json("GET", path, send("GET", path, query, null, null, null));
    }

    /** GET, mapped onto {@code type}. */
    public <T> T get(String path, Map<String, String> query, TypeReference<T> type) {
        return convert(get(path, query), type, "GET", path);
    }

    /** GET returning the raw body, for streams such as container logs. */
    public Response getRaw(String path, Map<String, String> query) {
        Reply reply = send("GET", path, query, null, null, null);
        return new Response(reply.body(), reply.contentType());
    }

    /** POST without a body; the JSON answer, or {@link NullNode} for {@code 204}. */
    public JsonNode post(String path, Map<String, String> query) {
        return post(path, query, (Duration) null);
    }

    /** POST without a body, waiting up to {@code readTimeout} (stop and restart wait for the container). */
    public JsonNode post(String path, Map<String, String> query, Duration readTimeout) {
        return json("POST", path, send("POST", path, query, null, null, readTimeout));
    }

    /** POST with a JSON body, e.g. {@code /containers/create}. */
    public JsonNode post(String path, Map<String, String> query, JsonNode body) {
        byte[] bytes = body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return json("POST", path, send("POST", path, query, bytes, "application/json", null));
    }

    /** POST with a raw body, e.g. a tar for {@code /images/create?fromSrc=-}; the answer as text. */
    public String upload(String path, Map<String, String> query, byte[] body, String contentType) {
        return new String(send("POST", path, query, body, contentType, null).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** DELETE; the JSON answer, or {@link NullNode} for {@code 204}. */
    public JsonNode delete(String path, Map<String, String> query) {
        return json("DELETE", path, send("DELETE", path, query, null, null, null));
    }

    /**
     * Maps JSON onto {@code type}.
     *
     * @throws DockerException {@code MALFORMED_RESPONSE} when the shape does not fit
     */
    public <T> T convert(JsonNode json, TypeReference<T> type, String method, String path) {
        try {
            return DockerJson.mapper().convertValue(json, type);
        } catch (IllegalArgumentException e) {
            throw malformed(method, path, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @Override
    public synchronized void close() {
        if (transport != null) {
            transport.close();
        }
    }

    @Override
    public String toString() {
        return config.toString();
    }

    /** A raw answer: its bytes and content type. */
    public record Response(byte[] body, String contentType) {
    }

    private Reply send(String method, String path, Map<String, String> query, byte[] body, String type, Duration timeout) {
        return transport().send(method, "/v" + apiVersion(), path, query, body, type, timeout);
    }

    private synchronized DockerTransport transport() {
        if (transport == null) {
            transport = DockerTransport.open(config);
        }
        return transport;
    }

    private JsonNode json(String method, String path, Reply reply) {
        if (reply.body().length == 0) {
            return NullNode.getInstance();
        }
        try {
            JsonNode node = DockerJson.mapper().readTree(reply.body());
            return node == null ? NullNode.getInstance() : node;
        } catch (IOException e) {
            throw malformed(method, path, "not JSON: " + abbreviate(new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private DockerException malformed(String method, String path, String what) {
        return new DockerException(ErrorKind.MALFORMED_RESPONSE, "Docker engine " + name() + " answered " + method + " " + path
            + " with an unexpected body: " + what.replaceAll("\\s+", " "),
            "check that DOCKER_HOST points at a Docker engine (or Podman's Docker API), not a proxy or another service",
            name(), method, path, 200, what, null);
    }

    private static String abbreviate(String text) {
        String line = text.strip();
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }
}
