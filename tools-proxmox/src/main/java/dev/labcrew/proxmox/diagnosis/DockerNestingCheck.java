package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Docker in an LXC container without {@code nesting=1} (and {@code keyctl=1} when unprivileged). */
final class DockerNestingCheck implements ConfigCheck {

    static final String ID = "docker-without-nesting";

    @Override
    public Set<String> ids() {
        return Set.of(ID);
    }

    @Override
    public List<Hit> check(StartupEvidence evidence, ContainerConfig config) {
        List<String> hints = config.dockerHints();
        if (hints.isEmpty() || !config.dockerUnderEquipped()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(hints);
        config.line("features").ifPresent(lines::add);
        config.line("unprivileged").ifPresent(lines::add);
        return List.of(Hit.of(ID, lines));
    }
}
