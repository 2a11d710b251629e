package dev.labcrew.docker.volume;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerException;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Docker volumes: which containers use them, which none does, and their size where the engine knows it. */
public final class VolumeTools {
    private final DockerHosts hosts;

    public VolumeTools(DockerHosts hosts) {
        this.hosts = hosts;
    }

    @Tool(name = "check_docker_volumes", value = "Docker volumes: size, users; unused first.")
    @ToolRisk(Risk.READ_ONLY)
    public VolumeReport checkDockerVolumes(
            @P(value = "", required = false) Boolean unused,
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        DockerClient client = hosts.client(host);
        JsonNode listed = client.get("/volumes", Map.of());
        Map<String, List<String>> users = users(client);
        Map<String, Long> sizes = new HashMap<>();
        String note = null;
        try {
            client.get("/system/df", Map.of()).path("Volumes").forEach(v ->
                sizes.put(v.path("Name").asText(), v.path("UsageData").path("Size").asLong(-1)));
        } catch (DockerException e) {
            note = "sizes unknown: the engine's disk usage failed (" + e.getMessage() + ")";
        }
        List<VolumeRow> rows = new ArrayList<>();
        for (JsonNode v : listed.path("Volumes")) {
            String name = v.path("Name").asText();
            VolumeRow row = new VolumeRow(name, v.path("Driver").asText("local"), sizes.getOrDefault(name, -1L),
                users.getOrDefault(name, List.of()), v.path("CreatedAt").asText(""));
            if (!Boolean.TRUE.equals(unused) || row.unused()) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing((VolumeRow r) -> !r.unused()).thenComparing(VolumeRow::size, Comparator.reverseOrder())
            .thenComparing(VolumeRow::name));
        List<String> warnings = new ArrayList<>();
        listed.path("Warnings").forEach(w -> warnings.add(w.asText()));
        return new VolumeReport(client.name(), rows, note, warnings);
    }

    private static Map<String, List<String>> users(DockerClient client) {
        Map<String, List<String>> users = new HashMap<>();
        for (JsonNode c : client.get("/containers/json", Map.of("all", "true"))) {
            String name = c.path("Names").path(0).asText("").replaceFirst("^/", "");
            for (JsonNode mount : c.path("Mounts")) {
                if ("volume".equals(mount.path("Type").asText())) {
                    users.computeIfAbsent(mount.path("Name").asText(), k -> new ArrayList<>()).add(name);
                }
            }
        }
        return users;
    }
}
