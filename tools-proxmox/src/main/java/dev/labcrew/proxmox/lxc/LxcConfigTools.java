package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.proxmox.diagnosis.StartupDiagnostician;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;

/** Configuration of LXC containers, with a security and reliability audit. */
public final class LxcConfigTools {
    private final ProxmoxClient client;
    private final GuestLocator locator;
    private final ConfigAudit audit;

    public LxcConfigTools(ProxmoxClient client) {
        this(client, StartupDiagnostician.withBuiltInKnowledge());
    }

    public LxcConfigTools(ProxmoxClient client, StartupDiagnostician diagnostician) {
        this.client = client;
        this.locator = GuestLocator.containers(client);
        this.audit = new ConfigAudit(diagnostician);
    }

    @Tool(name = "get_lxc_config", value = "Config of a container with audit warnings.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public ConfigReport getLxcConfig(
            @P("guest VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        LxcConfig config = client.lxc().config(at, vmid);
        List<Gap> gaps = new ArrayList<>();
        FirewallOptions firewall = Gap.read("firewall options", "VM.Audit on /vms/" + vmid,
            () -> client.lxc().firewallOptions(at, vmid), gaps).orElse(null);
        return new ConfigReport(vmid, at, config, config.features(), firewall == null ? null : firewall.enable(),
            audit.warnings(vmid, at, config, firewall), gaps);
    }
}
