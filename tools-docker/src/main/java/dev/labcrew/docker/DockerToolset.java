package dev.labcrew.docker;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.analysis.CrashLoopAnalyzer;
import dev.labcrew.docker.analysis.DiskPressureAnalyzer;
import dev.labcrew.docker.analysis.HealthAnalyzer;
import dev.labcrew.docker.container.ContainerActions;
import dev.labcrew.docker.container.ContainerLogTools;
import dev.labcrew.docker.container.ContainerTools;
import dev.labcrew.docker.image.ImageActions;
import dev.labcrew.docker.image.ImageTools;
import dev.labcrew.docker.network.NetworkTools;
import dev.labcrew.docker.system.SystemTools;
import dev.labcrew.docker.volume.VolumeTools;
import java.util.ArrayList;
import java.util.List;

/**
 * Every Docker tool, ready for a {@link ToolRuntime}: the read-only tools, and the changing ones with
 * their actions behind the runtime's approval gate; plus the analyzers for the crew.
 *
 * <pre>{@code
 * DockerHosts hosts = DockerHosts.fromEnv();
 * ToolRuntime runtime = DockerToolset.runtime(hosts)
 *     .store(store).gate(ApprovalGate.queue()).build();
 * runtime.call("restart_container", Map.of("container", "web", "reason", "unhealthy for 10 minutes"));
 *
 * // beside other tools, in one runtime and one catalog:
 * ToolRuntime.Builder both = DockerToolset.register(ToolRuntime.builder()
 *     .catalog(proxmoxCatalog.plus(DockerToolset.catalog(hosts))), hosts);
 * }</pre>
 */
public final class DockerToolset {
    private static final Class<?>[] READ_ONLY_CLASSES = {
        ContainerTools.class, ContainerLogTools.class, ImageTools.class, VolumeTools.class, NetworkTools.class, SystemTools.class,
    };

    private DockerToolset() {
    }

    /** The read-only tool objects, sharing the engines. */
    public static List<Object> readOnlyTools(DockerHosts hosts) {
        return List.of(new ContainerTools(hosts), new ContainerLogTools(hosts), new ImageTools(hosts), new VolumeTools(hosts),
            new NetworkTools(hosts), new SystemTools(hosts));
    }

    /** The catalog of every Docker tool: the read-only ones callable, the changing ones described (their actions run them). */
    public static ToolCatalog catalog(DockerHosts hosts) {
        return ToolCatalog.of(readOnlyTools(hosts).toArray()).plus(ToolCatalog.describe(changingClasses()));
    }

    /** Registers the actions of the changing tools (start, stop, restart, prune) with a builder whose catalog has them. */
    public static ToolRuntime.Builder register(ToolRuntime.Builder builder, DockerHosts hosts) {
        return register(builder, hosts, WaitPolicy.defaults());
    }

    /** As {@link #register(ToolRuntime.Builder, DockerHosts)}, with how actions wait for the state they asked for. */
    public static ToolRuntime.Builder register(ToolRuntime.Builder builder, DockerHosts hosts, WaitPolicy wait) {
        return ImageActions.register(ContainerActions.register(builder, hosts, wait), hosts);
    }

    /** Adds every Docker tool and action to a builder that already holds other tools (e.g. the Proxmox ones). */
    public static ToolRuntime.Builder addTo(ToolRuntime.Builder builder, DockerHosts hosts) {
        return register(builder.addCatalog(catalog(hosts)), hosts);
    }

    /** A runtime builder holding every Docker tool and action. Add a gate (default: deny everything), a policy, an audit log. */
    public static ToolRuntime.Builder runtime(DockerHosts hosts) {
        return register(ToolRuntime.builder().catalog(catalog(hosts)), hosts);
    }

    /** Names, risks and parameters of every Docker tool, without a connection. */
    public static List<ToolDefinition> definitions() {
        List<Class<?>> classes = new ArrayList<>(List.of(READ_ONLY_CLASSES));
        classes.addAll(List.of(changingClasses()));
        return ToolCatalog.describe(classes.toArray(Class<?>[]::new)).definitions();
    }

    /** The analyzers for the crew: crash loops (with OOM kills), failing health checks, disk taken by unused images and volumes. */
    public static List<Analyzer> analyzers(DockerHosts hosts) {
        return List.of(new CrashLoopAnalyzer(hosts), new HealthAnalyzer(hosts), new DiskPressureAnalyzer(hosts));
    }

    /** The analyzers for one engine. */
    public static List<Analyzer> analyzers(DockerClient client) {
        return analyzers(DockerHosts.of(client));
    }

    private static Class<?>[] changingClasses() {
        List<Class<?>> classes = new ArrayList<>(List.of(ContainerActions.TOOL_CLASSES));
        classes.addAll(List.of(ImageActions.TOOL_CLASSES));
        return classes.toArray(Class<?>[]::new);
    }
}
