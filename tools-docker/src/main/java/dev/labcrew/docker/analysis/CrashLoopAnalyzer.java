package dev.labcrew.docker.analysis;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.container.ContainerLogTools;
import dev.labcrew.docker.container.ContainerRow;
import dev.labcrew.docker.container.ContainerStatus;
import dev.labcrew.docker.container.ContainerTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Containers that keep crashing: restarting now, restarted several times by their policy, or exited
 * with an error and nothing to restart them. OOM kills are named with the memory limit.
 */
public final class CrashLoopAnalyzer implements Analyzer {
    /** Restarts by the policy from which a container counts as crash-looping. */
    static final int LOOP_RESTARTS = 3;

    private final DockerHosts hosts;
    private final ContainerTools containers;
    private final ContainerLogTools logs;

    public CrashLoopAnalyzer(DockerHosts hosts) {
        this.hosts = hosts;
        this.containers = new ContainerTools(hosts);
        this.logs = new ContainerLogTools(hosts);
    }

    @Override
    public String name() {
        return "docker-crash-loops";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        return HostSweep.each(sweep, hosts, name(), true, host -> {
            List<ContainerRow> suspects = containers.listDockerContainers(null, host).containers().stream()
                .filter(CrashLoopAnalyzer::suspect).toList();
            List<Finding> findings = new ArrayList<>();
            for (Sweep.Outcome<ContainerRow, Optional<Finding>> o : sweep.each(suspects, row -> inspect(row, host))) {
                if (!o.failed()) {
                    o.value().ifPresent(findings::add);
                }
            }
            return findings;
        });
    }

    private static boolean suspect(ContainerRow r) {
        return "restarting".equals(r.state()) || r.restarts() >= LOOP_RESTARTS
            || ("exited".equals(r.state()) && r.exitCode() != 0) || r.oomKilled();
    }

    private Optional<Finding> inspect(ContainerRow row, String host) {
        ContainerStatus status = containers.checkContainerStatus(row.id(), host);
        List<String> errors = logs.checkContainerLogs(row.id(), 50, null, host).errors().stream()
            .map(l -> "log: " + (l.time().isEmpty() ? "" : l.time() + " ") + l.text()).toList();
        return CrashVerdict.of(name(), status, errors.subList(Math.max(0, errors.size() - 3), errors.size()));
    }
}
