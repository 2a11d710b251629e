package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * Network of one container: configured interfaces, live addresses when it runs, and the firewall.
 *
 * @param live addresses reported by the running container, empty when stopped
 * @param firewall whether the container's firewall is enabled in its firewall options
 */
public record NetworkReport(int vmid, String node, String status, List<NetInterface> interfaces, List<LxcInterface> live,
                            boolean firewall, String policyIn, List<String> warnings) implements TextResult {
    @Override
    public String toText() {
        return NetworkText.render(this);
    }
}
