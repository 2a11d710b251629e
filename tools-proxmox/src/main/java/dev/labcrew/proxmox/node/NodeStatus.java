package dev.labcrew.proxmox.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /nodes/{node}/status} (Sys.Audit on {@code /nodes/{node}}): PVE version, kernel, load (sent as strings),
 * memory and root file system in bytes.
 */
public record NodeStatus(String pveversion, String kernel, List<Double> loadavg, long uptime, int cpus, long memTotal,
                         long memUsed, long rootTotal, long rootUsed) {

    static NodeStatus of(JsonNode s) {
        List<Double> load = new ArrayList<>();
        s.path("loadavg").forEach(v -> load.add(v.asDouble()));
        return new NodeStatus(s.path("pveversion").asText(null), s.path("kversion").asText(null), List.copyOf(load),
            s.path("uptime").asLong(), s.path("cpuinfo").path("cpus").asInt(), s.path("memory").path("total").asLong(),
            s.path("memory").path("used").asLong(), s.path("rootfs").path("total").asLong(), s.path("rootfs").path("used").asLong());
    }
}
