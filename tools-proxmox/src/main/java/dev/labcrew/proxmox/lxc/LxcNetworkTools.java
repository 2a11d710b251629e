package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;

/** Network configuration and live addresses of LXC containers. */
public final class LxcNetworkTools {
    private final ProxmoxClient client;
    private final GuestLocator locator;

    public LxcNetworkTools(ProxmoxClient client) {
        this.client = client;
        this.locator = GuestLocator.containers(client);
    }

    @Tool(name = "check_lxc_network", value = "Interfaces, IPs, firewall of a container.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public NetworkReport checkLxcNetwork(
            @P("guest VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        LxcStatus status = client.lxc().status(at, vmid);
        LxcConfig config = client.lxc().config(at, vmid);
        List<NetInterface> interfaces = config.networks().entrySet().stream()
            .map(e -> NetInterface.parse(e.getKey(), e.getValue())).toList();
        List<Gap> gaps = new ArrayList<>();
        String audit = "VM.Audit on /vms/" + vmid;
        List<LxcInterface> live = status.running()
            ? Gap.read("live addresses", audit, () -> client.lxc().interfaces(at, vmid), gaps).orElse(null) : List.of();
        FirewallOptions firewall = Gap.read("firewall options", audit, () -> client.lxc().firewallOptions(at, vmid), gaps)
            .orElse(null);
        List<String> warnings = NetworkChecks.check(interfaces, firewall, status.running(), live);
        return new NetworkReport(vmid, at, status.status(), interfaces, live == null ? List.of() : live,
            firewall == null ? null : firewall.enable(), firewall == null ? null : firewall.policyIn(), warnings, gaps);
    }
}
