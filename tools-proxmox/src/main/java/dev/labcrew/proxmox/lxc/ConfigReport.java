package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;
import java.util.Map;

/**
 * The configuration of one container with audit warnings (privileged, nesting/keyctl, raw device
 * mounts, Docker-in-LXC features, firewall, onboot).
 *
 * @param config the parsed config as read, including its digest
 * @param firewall whether the container firewall is enabled
 * @param warnings audit findings, most severe first, each one line
 */
public record ConfigReport(int vmid, String node, LxcConfig config, Map<String, String> features, boolean firewall,
                           List<String> warnings) implements TextResult {
    @Override
    public String toText() {
        return ConfigText.render(this);
    }
}
