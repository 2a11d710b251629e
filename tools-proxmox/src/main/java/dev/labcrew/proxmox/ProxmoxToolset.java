package dev.labcrew.proxmox;

import dev.labcrew.core.redact.Redactor;
import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.lxc.LxcActions;
import dev.labcrew.proxmox.lxc.LxcConfigTools;
import dev.labcrew.proxmox.lxc.LxcInventoryTools;
import dev.labcrew.proxmox.lxc.LxcLogTools;
import dev.labcrew.proxmox.lxc.LxcNetworkTools;
import dev.labcrew.proxmox.lxc.SnapshotTools;
import dev.labcrew.proxmox.lxc.StartupTools;
import dev.labcrew.proxmox.backup.BackupTools;
import dev.labcrew.proxmox.cluster.ClusterTools;
import dev.labcrew.proxmox.node.NodeTools;
import dev.labcrew.proxmox.provision.JobControl;
import dev.labcrew.proxmox.provision.ProvisionActions;
import dev.labcrew.proxmox.task.TaskTools;
import dev.labcrew.proxmox.storage.StorageTools;
import dev.labcrew.proxmox.task.TaskRunner;
import dev.labcrew.proxmox.task.TaskWaiter;
import dev.labcrew.proxmox.vm.VmActions;
import dev.labcrew.proxmox.vm.VmConfigTools;
import dev.labcrew.proxmox.vm.VmTools;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Proxmox tool, ready for a {@link ToolRuntime}: the read-only tools, and the changing ones
 * with their actions, behind the runtime's approval gate.
 *
 * <pre>{@code
 * ToolRuntime runtime = ProxmoxToolset.runtime(client)
 *     .store(StateStore.sqlite(dbFile, keyFile))
 *     .gate(ApprovalGate.queue())
 *     .build();
 * runtime.call("restart_lxc", Map.of("vmid", 200, "reason", "memory at 95%"));
 * }</pre>
 */
public final class ProxmoxToolset {
    private static final Class<?>[] READ_ONLY_CLASSES = {
        LxcInventoryTools.class, LxcLogTools.class, SnapshotTools.class, LxcNetworkTools.class,
        LxcConfigTools.class, StartupTools.class, VmTools.class, VmConfigTools.class,
        NodeTools.class, StorageTools.class, ClusterTools.class, TaskTools.class, BackupTools.class,
    };
    /** How often a running task is polled: Proxmox tasks of containers take a second or more. */
    private static final Duration TASK_POLL = Duration.ofMillis(250);

    private ProxmoxToolset() {
    }

    /** The read-only tool objects, sharing one client. */
    public static List<Object> readOnlyTools(ProxmoxClient client) {
        return List.of(new LxcInventoryTools(client), new LxcLogTools(client), new SnapshotTools(client),
            new LxcNetworkTools(client), new LxcConfigTools(client), new StartupTools(client), new VmTools(client),
            new VmConfigTools(client), new NodeTools(client), new StorageTools(client),
            new ClusterTools(client), new TaskTools(client), new BackupTools(client));
    }

    /**
     * A runtime builder holding every tool, the actions of the changing ones, and a redactor that
     * also knows the client's token secret. Add a gate (default: deny everything), a policy and an
     * audit log, then build.
     */
    public static ToolRuntime.Builder runtime(ProxmoxClient client) {
        ToolCatalog catalog = ToolCatalog.of(readOnlyTools(client).toArray()).plus(ToolCatalog.describe(LxcActions.TOOL_CLASSES))
            .plus(ToolCatalog.describe(VmActions.TOOL_CLASSES)).plus(ToolCatalog.describe(ProvisionActions.TOOL_CLASSES));
        ToolRuntime.Builder builder = ToolRuntime.builder().catalog(catalog)
            .redactor(Redactor.defaults().withSecrets(List.of(client.config().tokenSecret())));
        ProxmoxConfig config = client.config();
        TaskWaiter waiter = new TaskWaiter(client, TASK_POLL, Duration.ofMinutes(10), config.sleeper());
        VmActions.register(builder, client, new TaskRunner(client.writes(), waiter));
        ProvisionActions.register(builder, client, client.writes(), new TaskRunner(client.writes(), waiter));
        return LxcActions.register(builder, client, client.writes(), waiter);
    }

    /**
     * Resumes and aborts the journaled jobs of {@code provision_lxc} on this client's cluster, behind the approval each
     * job recorded (see {@link JobControl}).
     */
    public static JobControl jobs(ProxmoxClient client) {
        TaskWaiter waiter = new TaskWaiter(client, TASK_POLL, Duration.ofMinutes(10), client.config().sleeper());
        return ProvisionActions.jobs(client, client.writes(), new TaskRunner(client.writes(), waiter));
    }

    /** Names, risks and parameters of every tool, without a connection. */
    public static List<ToolDefinition> definitions() {
        List<Class<?>> classes = new ArrayList<>(List.of(READ_ONLY_CLASSES));
        classes.addAll(List.of(LxcActions.TOOL_CLASSES));
        classes.addAll(List.of(VmActions.TOOL_CLASSES));
        classes.addAll(List.of(ProvisionActions.TOOL_CLASSES));
        return ToolCatalog.describe(classes.toArray(Class<?>[]::new)).definitions();
    }
}
