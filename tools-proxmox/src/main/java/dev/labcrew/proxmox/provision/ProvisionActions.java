package dev.labcrew.proxmox.provision;

import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.internal.PveWrites;
import dev.labcrew.proxmox.task.TaskRunner;

/**
 * Registers {@code provision_lxc} with a runtime builder, and makes the {@link JobControl} that resumes and aborts its
 * jobs. Both take the writes from {@code ProxmoxToolset}'s wiring, the only code that can take them from a client.
 */
public final class ProvisionActions {
    /** The class declaring the tool, for a catalog. */
    public static final Class<?>[] TOOL_CLASSES = {ProvisionTools.class};

    private ProvisionActions() {
    }

    public static ToolRuntime.Builder register(ToolRuntime.Builder builder, ProxmoxClient client, PveWrites writes, TaskRunner tasks) {
        return builder.action(ProvisionAction.TOOL, new ProvisionAction(new Preflight(client), new JobFactory(client, writes, tasks),
            client.config().clusterSuffix()));
    }

    public static JobControl jobs(ProxmoxClient client, PveWrites writes, TaskRunner tasks) {
        return new JobControl(new JobFactory(client, writes, tasks));
    }
}
