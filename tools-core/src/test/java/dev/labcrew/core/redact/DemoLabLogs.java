package dev.labcrew.core.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every log and config of the demo lab ({@code labcrew ... --demo}), read from the testkit's scenario
 * files in the source tree: tools-core cannot depend on testkit, and the files are what the demo serves.
 * A log is a list of strings (task logs) or of objects with a message or text (journals, container
 * logs); a config is every object's scalar fields as {@code key: value} lines, multi-line values split.
 */
final class DemoLabLogs {
    private static final Path SCENARIOS = Path.of("..", "testkit", "src", "main", "resources", "dev", "labcrew", "testkit");
    static final List<Path> FILES = List.of(SCENARIOS.resolve("proxmox/scenarios/homelab-incidents.json"),
            SCENARIOS.resolve("docker/scenarios/homelab-incidents.json"));

    private DemoLabLogs() {
    }

    static List<List<String>> all() {
        List<List<String>> logs = new ArrayList<>();
        for (Path file : FILES) {
            try {
                collect(new ObjectMapper().readTree(Files.readString(file)), logs);
            } catch (IOException e) {
                throw new UncheckedIOException("Run the tests from the tools-core module directory: " + file.toAbsolutePath(), e);
            }
        }
        return logs;
    }

    private static void collect(JsonNode node, List<List<String>> logs) {
        if (node.isArray()) {
            List<String> log = new ArrayList<>();
            node.forEach(item -> {
                JsonNode line = item.isTextual() ? item : item.has("message") ? item.get("message") : item.get("text");
                if (line != null && line.isTextual()) {
                    log.add(line.asText());
                }
            });
            if (!log.isEmpty()) {
                logs.add(log);
            }
        } else if (node.isObject()) {
            List<String> config = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getValue().isValueNode()) {
                    String[] lines = field.getValue().asText().split("\n");
                    config.add(field.getKey() + ": " + lines[0]);
                    config.addAll(List.of(lines).subList(1, lines.length));
                }
            }
            if (!config.isEmpty()) {
                logs.add(config);
            }
        }
        node.forEach(child -> collect(child, logs));
    }
}
