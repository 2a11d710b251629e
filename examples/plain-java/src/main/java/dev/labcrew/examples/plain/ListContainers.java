package dev.labcrew.examples.plain;

import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import java.util.Map;

/**
 * Lists the LXC containers of a real Proxmox VE host and, given a VMID, says why that container does not start.
 * Read-only: nothing here changes the lab.
 *
 * <pre>
 * export PROXMOX_HOST=pve1.lan PROXMOX_TOKEN_ID='root@pam!labcrew' PROXMOX_TOKEN_SECRET=...
 * mvn -q compile exec:java                       # the list
 * mvn -q compile exec:java -Dexec.args=102       # and why 102 does not start
 * </pre>
 */
public final class ListContainers {
    private ListContainers() {
    }

    public static void main(String[] args) {
        try (ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.fromEnv())) {
            ToolRuntime runtime = ProxmoxToolset.runtime(client).build();
            System.out.println(containers(runtime).text());
            if (args.length > 0) {
                System.out.println(troubleshoot(runtime, Integer.parseInt(args[0])).text());
            }
        }
    }

    /** Every container with status and usage, as compact text (what a model would see). */
    static ToolResult containers(ToolRuntime runtime) {
        return runtime.call("list_lxc_containers", Map.of());
    }

    /** The startup diagnosis of one container: the failing step, the evidence, the fix. */
    static ToolResult troubleshoot(ToolRuntime runtime, int vmid) {
        return runtime.call("troubleshoot_lxc_startup", Map.of("vmid", vmid));
    }
}
