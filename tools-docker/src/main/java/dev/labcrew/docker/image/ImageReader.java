package dev.labcrew.docker.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.docker.DockerClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists the images of an engine and counts the containers (running or not) using each. */
final class ImageReader {
    private ImageReader() {
    }

    static List<ImageEntry> read(DockerClient client) {
        Map<String, Integer> users = new HashMap<>();
        for (JsonNode c : client.get("/containers/json", Map.of("all", "true"))) {
            users.merge(c.path("ImageID").asText(), 1, Integer::sum);
        }
        List<ImageEntry> images = new ArrayList<>();
        for (JsonNode image : client.get("/images/json", Map.of())) {
            images.add(ImageEntry.of(image, users.getOrDefault(image.path("Id").asText(), 0)));
        }
        return images;
    }
}
