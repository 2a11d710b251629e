package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import dev.labcrew.proxmox.Gap;
import java.util.List;

/**
 * Network of one container: configured interfaces, live addresses when it runs, and the firewall.
 *
 * @param live addresses reported by the running container, empty when stopped
 * @param firewall whether the container's firewall is enabled in its firewall options; null when not read
 * @param gaps what could not be read, and why
 */
public record NetworkReport(int vmid, String node, String status, List<NetInterface> interfaces, List<LxcInterface> live,
                            Boolean firewall, String policyIn, List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        return NetworkText.render(this);
    }
}
