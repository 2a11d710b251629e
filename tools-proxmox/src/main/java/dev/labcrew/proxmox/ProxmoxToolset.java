package dev.labcrew.proxmox;

import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.proxmox.lxc.LxcConfigTools;
import dev.labcrew.proxmox.lxc.LxcInventoryTools;
import dev.labcrew.proxmox.lxc.LxcLogTools;
import dev.labcrew.proxmox.lxc.LxcNetworkTools;
import dev.labcrew.proxmox.lxc.SnapshotTools;
import dev.labcrew.proxmox.lxc.StartupTools;
import java.util.List;

/**
 * Every Proxmox tool, ready for a {@link dev.labcrew.core.tool.ToolRuntime}.
 *
 * <pre>{@code
 * ToolRuntime runtime = ToolRuntime.builder().catalog(ProxmoxToolset.catalog(client)).build();
 * runtime.call("list_lxc_containers", Map.of("status", "running"));
 * }</pre>
 */
public final class ProxmoxToolset {
    private static final Class<?>[] TOOL_CLASSES = {
        LxcInventoryTools.class, LxcLogTools.class, SnapshotTools.class, LxcNetworkTools.class,
        LxcConfigTools.class, StartupTools.class,
    };

    private ProxmoxToolset() {
    }

    /** The tool objects, sharing one client. */
    public static List<Object> tools(ProxmoxClient client) {
        return List.of(new LxcInventoryTools(client), new LxcLogTools(client), new SnapshotTools(client),
            new LxcNetworkTools(client), new LxcConfigTools(client), new StartupTools(client));
    }

    public static ToolCatalog catalog(ProxmoxClient client) {
        return ToolCatalog.of(tools(client).toArray());
    }

    /** Names, risks and parameters of every tool, without a connection. */
    public static List<ToolDefinition> definitions() {
        return ToolCatalog.describe(TOOL_CLASSES).definitions();
    }
}
