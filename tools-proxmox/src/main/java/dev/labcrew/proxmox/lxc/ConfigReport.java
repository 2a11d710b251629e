package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import dev.labcrew.proxmox.Gap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of one container with audit warnings (privileged, nesting/keyctl, raw device
 * mounts, Docker-in-LXC features, firewall, onboot).
 *
 * @param config the parsed config as read, including its digest
 * @param firewall whether the container firewall is enabled; null when its options could not be read
 * @param warnings audit findings, most severe first, each one line
 * @param gaps what could not be read, and why
 */
public record ConfigReport(int vmid, String node, LxcConfig config, Map<String, String> features, Boolean firewall,
                           List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        return ConfigText.render(this);
    }
}
