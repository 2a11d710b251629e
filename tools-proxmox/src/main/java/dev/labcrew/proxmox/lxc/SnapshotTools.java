package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.output.Compact;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.cluster.GuestLocator;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Snapshots of LXC containers: what exists, how old, and whether the newest is stale. */
public final class SnapshotTools {
    /** A newest snapshot older than this is reported as stale. */
    public static final Duration STALE_AFTER = Duration.ofDays(7);

    private final ProxmoxClient client;
    private final GuestLocator locator;
    private final Clock clock;

    public SnapshotTools(ProxmoxClient client) {
        this(client, Clock.systemUTC());
    }

    SnapshotTools(ProxmoxClient client, Clock clock) {
        this.client = client;
        this.locator = GuestLocator.containers(client);
        this.clock = clock;
    }

    @Tool(name = "check_lxc_snapshots", value = "Snapshots of a container; warns when none or old.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires("VM.Audit@/vms")
    public SnapshotReport checkLxcSnapshots(
            @P("guest VMID") Integer vmid,
            @P(value = "node; found from the cluster when omitted", required = false) String node) {
        String at = locator.nodeOf(vmid, node);
        long now = clock.instant().getEpochSecond();
        List<SnapshotInfo> snapshots = new ArrayList<>();
        String currentParent = null;
        for (LxcSnapshot s : client.lxc().snapshots(at, vmid)) {
            if (s.current()) {
                currentParent = s.parent();
            } else {
                snapshots.add(new SnapshotInfo(s.name(), s.snaptime(), Math.max(0, now - s.snaptime()), s.description(), s.parent()));
            }
        }
        snapshots.sort(Comparator.comparingLong(SnapshotInfo::snaptime).reversed());
        return new SnapshotReport(vmid, at, snapshots, currentParent, warnings(snapshots));
    }

    private static List<String> warnings(List<SnapshotInfo> snapshots) {
        if (snapshots.isEmpty()) {
            return List.of("WARNING no snapshots: nothing to roll back to before an upgrade or config change");
        }
        SnapshotInfo newest = snapshots.get(0);
        if (newest.ageSeconds() > STALE_AFTER.toSeconds()) {
            return List.of("WARNING newest snapshot " + newest.name() + " is " + Compact.duration(newest.ageSeconds())
                + " old (over 7 days): a rollback loses all since; take one before risky changes");
        }
        return List.of();
    }
}
