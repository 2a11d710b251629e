package dev.labcrew.docker.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Docker networks: driver, subnets and gateway, and which containers are attached with which address. */
public final class NetworkTools {
    private final DockerHosts hosts;

    public NetworkTools(DockerHosts hosts) {
        this.hosts = hosts;
    }

    @Tool(name = "inspect_docker_network", value = "A Docker network in detail, or all in brief.")
    @ToolRisk(Risk.READ_ONLY)
    public NetworkReport inspectDockerNetwork(
            @P(value = "", required = false) String network,
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        DockerClient client = hosts.client(host);
        if (network == null || network.isBlank()) {
            List<NetworkInfo> all = new ArrayList<>();
            client.get("/networks", Map.of()).forEach(n -> all.add(info(n, false)));
            all.sort(Comparator.comparing(NetworkInfo::name));
            return new NetworkReport(client.name(), all, false);
        }
        String name = network.trim();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,254}")) {
            throw LabcrewException.badInput("Invalid network name or ID '" + name + "'", "omit network to list them all");
        }
        JsonNode json = client.get("/networks/" + URLEncoder.encode(name, StandardCharsets.UTF_8), Map.of());
        return new NetworkReport(client.name(), List.of(info(json, true)), true);
    }

    private static NetworkInfo info(JsonNode n, boolean withContainers) {
        List<String> subnets = new ArrayList<>();
        for (JsonNode c : n.path("IPAM").path("Config")) {
            subnets.add(c.path("Subnet").asText("?") + (c.hasNonNull("Gateway") ? " gateway " + c.path("Gateway").asText() : ""));
        }
        List<String> containers = new ArrayList<>();
        if (withContainers) {
            n.path("Containers").properties().forEach(e -> {
                JsonNode c = e.getValue();
                String ip = c.path("IPv4Address").asText("");
                String mac = c.path("MacAddress").asText("");
                containers.add(c.path("Name").asText(e.getKey().substring(0, Math.min(12, e.getKey().length())))
                    + (ip.isEmpty() ? " no IPv4" : " " + ip) + (mac.isEmpty() ? "" : " mac " + mac));
            });
            containers.sort(String::compareTo);
        }
        String id = n.path("Id").asText("");
        return new NetworkInfo(n.path("Name").asText(), id.substring(0, Math.min(12, id.length())), n.path("Driver").asText(""),
            n.path("Scope").asText(""), n.path("Internal").asBoolean(false), n.path("Attachable").asBoolean(false),
            n.path("EnableIPv6").asBoolean(false), subnets, containers);
    }
}
