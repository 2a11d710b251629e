package dev.labcrew.docker.analysis;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerHosts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one analyzer's inspection on every engine, each apart: an engine that fails becomes a finding
 * (unreachable engines only when {@code reportUnreachable}, so one sweep names a dead engine once).
 */
final class HostSweep {
    private HostSweep() {
    }

    static List<Finding> each(Sweep sweep, DockerHosts hosts, String analyzer, boolean reportUnreachable,
                              Function<String, List<Finding>> perHost) {
        List<Finding> findings = new ArrayList<>();
        List<String> names = hosts.all().stream().map(DockerClient::name).toList();
        for (Sweep.Outcome<String, List<Finding>> o : sweep.each(names, name -> {
            sweep.progress(analyzer + ": docker host " + name);
            return perHost.apply(name);
        })) {
            if (!o.failed()) {
                findings.addAll(o.value());
            } else if (reportUnreachable || !(o.failure() instanceof LabcrewException e && e.kind() == ErrorKind.UNREACHABLE)) {
                findings.add(failure(analyzer, o.item(), o.failure()));
            }
        }
        return findings;
    }

    private static Finding failure(String analyzer, String host, RuntimeException e) {
        String hint = e instanceof LabcrewException l ? l.hint() : "";
        return new Finding(analyzer, Severity.WARNING, "docker@" + host, "Docker host " + host + " could not be inspected",
            List.of("error: " + e.getMessage()), "The engine did not answer as expected, so its containers were not checked.",
            hint.isEmpty() ? "Check the engine is running and DOCKER_HOST points at it." : hint, null, List.of());
    }
}
