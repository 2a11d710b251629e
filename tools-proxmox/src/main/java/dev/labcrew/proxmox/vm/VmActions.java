package dev.labcrew.proxmox.vm;

import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.task.TaskRunner;

/**
 * Registers the implementations of the changing VM tools with a runtime builder, as {@code LxcActions} does for
 * containers: they run only through the built runtime, after its approval gate decided.
 */
public final class VmActions {
    /** The classes declaring the changing VM tools, for a catalog. */
    public static final Class<?>[] TOOL_CLASSES = {VmPowerTools.class};

    private VmActions() {
    }

    public static ToolRuntime.Builder register(ToolRuntime.Builder builder, ProxmoxClient client, TaskRunner tasks) {
        VmReader reader = new VmReader(client);
        for (VmPowerChange change : VmPowerChange.values()) {
            builder.action(change.tool, new VmPowerAction(change, reader, tasks));
        }
        return builder.action("create_vm_snapshot", new CreateVmSnapshot(reader, tasks));
    }
}
