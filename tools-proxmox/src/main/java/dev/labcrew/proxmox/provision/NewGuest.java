package dev.labcrew.proxmox.provision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.lxc.LxcConfig;
import dev.labcrew.proxmox.task.TaskSummary;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The container a job makes, as the lab has it now: read before every step, so a step done before a crash is not redone. */
final class NewGuest {
    private final ProxmoxClient client;
    private final String node;
    private final int vmid;

    NewGuest(ProxmoxClient client, String node, int vmid) {
        this.client = client;
        this.node = node;
        this.vmid = vmid;
    }

    String path() {
        return "/nodes/" + node + "/lxc/" + vmid;
    }

    /** Whether a container with this VMID exists on the node. */
    boolean exists() {
        for (JsonNode row : client.get("/nodes/" + node + "/lxc", Map.of())) {
            if (row.path("vmid").asInt() == vmid) {
                return true;
            }
        }
        return false;
    }

    LxcConfig config() {
        return client.lxc().config(node, vmid);
    }

    boolean running() {
        return client.lxc().status(node, vmid).running();
    }

    /** Whether this job restored it: its description carries the job's marker. */
    boolean madeBy(String jobId) {
        String description = config().description();
        return description != null && description.contains(Blueprint.marker(jobId));
    }

    /** The MAC of its {@code net0}, upper case, or empty. */
    static String mac(LxcConfig config) {
        return LxcConfig.parsePropertyString(config.get("net0")).getOrDefault("hwaddr", "").toUpperCase(Locale.ROOT);
    }

    /** A restore still running for this VMID (the process that started it died before it journaled the UPID). */
    Optional<String> runningTask(String type) {
        return client.tasks().list(node, vmid, type, 10).stream().filter(TaskSummary::running).map(TaskSummary::upid).findFirst();
    }
}
