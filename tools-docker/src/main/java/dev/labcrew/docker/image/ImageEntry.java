package dev.labcrew.docker.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One image of {@code GET /images/json}, with whether any container (even a stopped one) uses it. */
record ImageEntry(String id, List<String> tags, long created, long size, Map<String, String> labels, int containers) {

    static ImageEntry of(JsonNode json, int containers) {
        List<String> tags = new ArrayList<>();
        // engines before 23 list an untagged image as <none>:<none>; newer ones give no tags at all
        json.path("RepoTags").forEach(t -> {
            if (!t.asText().equals("<none>:<none>")) {
                tags.add(t.asText());
            }
        });
        Map<String, String> labels = new TreeMap<>();
        json.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return new ImageEntry(json.path("Id").asText(), tags, json.path("Created").asLong(0), json.path("Size").asLong(0), labels,
            containers);
    }

    boolean dangling() {
        return tags.isEmpty();
    }

    boolean used() {
        return containers > 0;
    }

    String shortId() {
        String plain = id.replaceFirst("^sha256:", "");
        return plain.substring(0, Math.min(12, plain.length()));
    }

    /** A label filter {@code key} or {@code key=value}; null matches every image. */
    boolean matches(String label) {
        if (label == null || label.isBlank()) {
            return true;
        }
        int eq = label.indexOf('=');
        return eq < 0 ? labels.containsKey(label.trim())
            : label.substring(eq + 1).trim().equals(labels.get(label.substring(0, eq).trim()));
    }
}
