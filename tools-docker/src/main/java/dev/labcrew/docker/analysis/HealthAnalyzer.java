package dev.labcrew.docker.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.container.ContainerRow;
import dev.labcrew.docker.container.ContainerStatus;
import dev.labcrew.docker.container.ContainerTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Running containers whose health check fails: the process is up but the service does not answer. */
public final class HealthAnalyzer implements Analyzer {
    private final DockerHosts hosts;
    private final ContainerTools containers;

    public HealthAnalyzer(DockerHosts hosts) {
        this.hosts = hosts;
        this.containers = new ContainerTools(hosts);
    }

    @Override
    public String name() {
        return "docker-health";
    }

    @Override
    public List<Finding> analyze(Sweep sweep) {
        return HostSweep.each(sweep, hosts, name(), false, host -> {
            List<ContainerRow> unhealthy = containers.listDockerContainers(null, host).containers().stream()
                .filter(r -> "unhealthy".equals(r.health())).toList();
            List<Finding> findings = new ArrayList<>();
            for (Sweep.Outcome<ContainerRow, ContainerStatus> o : sweep.each(unhealthy, r -> containers.checkContainerStatus(r.id(), host))) {
                if (!o.failed()) {
                    findings.add(finding(o.value()));
                }
            }
            return findings;
        });
    }

    private Finding finding(ContainerStatus s) {
        List<String> evidence = new ArrayList<>();
        evidence.add("inspect: health " + s.health() + ", failing streak " + s.failingStreak() + ", state " + s.state());
        s.healthLog().forEach(p -> evidence.add("probe: " + p));
        ProposedAction restart = new ProposedAction("restart_container", Map.of("container", s.name(), "host", s.host()),
            s.name() + " fails its health check " + s.failingStreak() + " times in a row; a restart often clears a hung service");
        return new Finding(name(), Severity.WARNING, s.target(), s.name() + " is unhealthy: its health check failed "
            + s.failingStreak() + " times in a row", evidence,
            "The container runs, but the command of its health check fails, so the service inside does not answer as it should.",
            "Read the probe output above and the log (check_container_logs container=" + s.name() + "); restart it if the "
                + "service hangs, and fix the cause if it comes back unhealthy.", restart, List.of());
    }
}
