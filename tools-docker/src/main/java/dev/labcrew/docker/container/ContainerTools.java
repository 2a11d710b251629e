package dev.labcrew.docker.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inventory, state and resource usage of Docker containers, on any configured engine. */
public final class ContainerTools {
    private static final List<String> STATES = List.of("created", "running", "paused", "restarting", "removing", "exited", "dead");

    private final DockerHosts hosts;

    public ContainerTools(DockerHosts hosts) {
        this.hosts = hosts;
    }

    @Tool(name = "list_docker_containers", value = "Every Docker container; troubled ones first.")
    @ToolRisk(Risk.READ_ONLY)
    public ContainerList listDockerContainers(
            @P(value = "running, exited, restarting, paused, created or dead", required = false) String status,
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        String wanted = status == null || status.isBlank() ? null : status.trim().toLowerCase(Locale.ROOT);
        if (wanted != null && !STATES.contains(wanted)) {
            throw LabcrewException.badInput("Unknown state '" + status + "'", "use one of " + String.join(", ", STATES));
        }
        DockerClient client = hosts.client(host);
        JsonNode listed = client.get("/containers/json", Map.of("all", "true"));
        List<ContainerRow> rows = new RowReader(client).rows(listed, wanted);
        return new ContainerList(client.name(), rows, wanted);
    }

    @Tool(name = "check_container_status", value = "State of a Docker container: exit code, OOM, health.")
    @ToolRisk(Risk.READ_ONLY)
    public ContainerStatus checkContainerStatus(
            @P("container name or ID") String container,
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        DockerClient client = hosts.client(host);
        Inspect inspect = Containers.inspect(client, container);
        return StatusMapper.status(client.name(), inspect, KillEvents.of(client, inspect), Instant.now());
    }

    @Tool(name = "get_container_resource_usage", value = "CPU, memory, network, I/O of a Docker container.")
    @ToolRisk(Risk.READ_ONLY)
    public ContainerUsage getContainerResourceUsage(
            @P("container name or ID") String container,
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        DockerClient client = hosts.client(host);
        Inspect inspect = Containers.inspect(client, container);
        if (!inspect.stateOrEmpty().running() || inspect.stateOrEmpty().restarting()) {
            return new ContainerUsage(client.name(), inspect.shortName(), false, inspect.stateOrEmpty().status(), null, 0, 0, 0,
                0, 0, 0, 0, 0);
        }
        // stream=false without one-shot: the engine takes two samples, so precpu_stats is filled
        JsonNode stats = client.get(Containers.path(inspect.id(), "stats"), Map.of("stream", "false"));
        return new ContainerUsage(client.name(), inspect.shortName(), true, "running", StatsMath.cpuPercent(stats),
            StatsMath.onlineCpus(stats), StatsMath.memoryUsed(stats), StatsMath.memoryLimit(stats),
            StatsMath.network(stats, "rx"), StatsMath.network(stats, "tx"), StatsMath.block(stats, "read"),
            StatsMath.block(stats, "write"), stats.path("pids_stats").path("current").asLong(0));
    }
}
