package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The snapshots of a container, newest first, with a warning when there is none or the newest is
 * older than the staleness limit (7 days by default).
 *
 * @param currentParent the snapshot the running state descends from, or null
 */
public record SnapshotReport(int vmid, String node, List<SnapshotInfo> snapshots, String currentParent, List<String> warnings)
        implements TextResult {
    @Override
    public String toText() {
        return SnapshotText.render(this);
    }
}
