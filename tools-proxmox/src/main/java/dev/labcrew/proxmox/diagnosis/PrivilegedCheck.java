package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A privileged container; worse with nesting, which exposes the host's procfs and sysfs. */
final class PrivilegedCheck implements ConfigCheck {

    static final String PRIVILEGED = "privileged-container";
    static final String PRIVILEGED_NESTING = "privileged-nesting";

    @Override
    public Set<String> ids() {
        return Set.of(PRIVILEGED, PRIVILEGED_NESTING);
    }

    @Override
    public List<Hit> check(StartupEvidence evidence, ContainerConfig config) {
        if (!config.privileged()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(config.line("unprivileged").orElse(Source.CONFIG.cite("no unprivileged key (PVE default 0: privileged)")));
        if (!config.feature("nesting")) {
            return List.of(Hit.of(PRIVILEGED, lines));
        }
        config.line("features").ifPresent(lines::add);
        return List.of(Hit.of(PRIVILEGED_NESTING, lines));
    }
}
