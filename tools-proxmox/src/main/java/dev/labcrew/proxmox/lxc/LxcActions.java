package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.task.TaskRunner;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.internal.PveWrites;
import dev.labcrew.proxmox.task.TaskWaiter;

/**
 * Registers the implementations of the changing LXC tools with a runtime builder. The
 * implementations stay package-private: the only way to run them is through the built runtime, which
 * asks its approval gate first. The writes they send come from {@code ProxmoxToolset}'s wiring, the
 * only code that can take them from a client.
 */
public final class LxcActions {
    /** The classes declaring the changing LXC tools, for a catalog. */
    public static final Class<?>[] TOOL_CLASSES = {LxcPowerTools.class, SnapshotChangeTools.class, LxcResourceTools.class};

    private LxcActions() {
    }

    public static ToolRuntime.Builder register(ToolRuntime.Builder builder, ProxmoxClient client, PveWrites writes,
                                              TaskWaiter waiter) {
        GuestReader reader = new GuestReader(client);
        TaskRunner tasks = new TaskRunner(writes, waiter);
        SnapshotLookup snapshots = new SnapshotLookup(client);
        for (PowerChange change : PowerChange.values()) {
            builder.action(change.tool, new PowerAction(change, reader, tasks));
        }
        return builder
            .action("create_lxc_snapshot", new CreateSnapshot(reader, snapshots, tasks))
            .action("rollback_lxc_snapshot", new RollbackSnapshot(reader, snapshots, tasks))
            .action("delete_lxc_snapshot", new DeleteSnapshot(reader, snapshots, tasks))
            .action("update_lxc_resources", new UpdateResources(client, writes, reader));
    }
}
