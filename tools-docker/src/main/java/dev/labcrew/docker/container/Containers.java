package dev.labcrew.docker.container;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.docker.DockerClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads one container by name, ID or ID prefix, as the engine resolves them. */
final class Containers {
    private Containers() {
    }

    static Inspect inspect(DockerClient client, String container) {
        String path = path(container, "json");
        JsonNode json = client.get(path, Map.of());
        return client.convert(json, new TypeReference<Inspect>() { }, "GET", path);
    }

    /** {@code /containers/NAME/suffix}, with the name checked and encoded. */
    static String path(String container, String suffix) {
        String name = Args.container(container);
        return "/containers/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "/" + suffix;
    }
}
