package dev.labcrew.docker.system;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.output.Units;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The engine as a whole: version, resources, disk usage and warnings. */
public final class SystemTools {
    /** Reclaimable image space worth a warning. */
    static final long RECLAIM_WARNING = 1L << 30;

    private final DockerHosts hosts;

    public SystemTools(DockerHosts hosts) {
        this.hosts = hosts;
    }

    @Tool(name = "check_docker_system_health", value = "Docker engine health and reclaimable disk.")
    @ToolRisk(Risk.READ_ONLY)
    public SystemHealth checkDockerSystemHealth(
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        DockerClient client = hosts.client(host);
        JsonNode version = client.version();
        String api = client.apiVersion();
        JsonNode info = client.get("/info", Map.of());
        DiskUsage disk = DiskUsageReader.read(client.get("/system/df", Map.of()));
        List<String> warnings = new ArrayList<>();
        info.path("Warnings").forEach(w -> warnings.add(w.asText().replaceFirst("^WARNING:\\s*", "")));
        warnings.addAll(containerWarnings(client.get("/containers/json", Map.of("all", "true"))));
        if (disk.imagesReclaimable() >= RECLAIM_WARNING) {
            warnings.add("images no container uses take " + Units.bytes(disk.imagesReclaimable()) + " (dangling: "
                + (disk.danglingReclaimable() < 0 ? "?" : Units.bytes(disk.danglingReclaimable())) + "); see list_docker_images");
        }
        return new SystemHealth(client.name(), version.path("Version").asText("?"), api, version.path("ApiVersion").asText("?"),
            info.path("OperatingSystem").asText(version.path("Os").asText("")), info.path("KernelVersion").asText(""),
            info.path("Driver").asText(""), info.path("CgroupVersion").asText(""), info.path("DockerRootDir").asText(""),
            info.path("NCPU").asInt(0), info.path("MemTotal").asLong(0), info.path("ContainersRunning").asInt(0),
            info.path("ContainersPaused").asInt(0), info.path("ContainersStopped").asInt(0), info.path("Images").asInt(0), disk,
            warnings);
    }

    /** Crash loops and failing health checks, read from the list's state and status text alone. */
    private static List<String> containerWarnings(JsonNode containers) {
        List<String> restarting = new ArrayList<>();
        List<String> unhealthy = new ArrayList<>();
        for (JsonNode c : containers) {
            String name = c.path("Names").path(0).asText("").replaceFirst("^/", "");
            if ("restarting".equals(c.path("State").asText())) {
                restarting.add(name);
            }
            if (c.path("Status").asText("").contains("(unhealthy)")) {
                unhealthy.add(name);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!restarting.isEmpty()) {
            warnings.add(restarting.size() + " containers restarting (crash loop?): " + String.join(", ", restarting));
        }
        if (!unhealthy.isEmpty()) {
            warnings.add(unhealthy.size() + " containers unhealthy: " + String.join(", ", unhealthy));
        }
        return warnings;
    }
}
