package dev.labcrew.proxmox.vm;

import dev.labcrew.core.TextResult;
import java.util.List;

/** The snapshots of one VM, oldest first, without the {@code current} entry, and warnings about old ones. */
public record VmSnapshotReport(int vmid, String node, List<VmSnapshot> snapshots, String current, long now, List<String> warnings)
        implements TextResult {
    @Override
    public String toText() {
        return VmText.snapshots(this);
    }
}
