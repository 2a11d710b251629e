package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A raw lxc.mount.entry for /dev/fuse without {@code features: fuse=1}. */
final class FuseMountCheck implements ConfigCheck {

    static final String ID = "fuse-raw-mount";

    @Override
    public Set<String> ids() {
        return Set.of(ID);
    }

    @Override
    public List<Hit> check(StartupEvidence evidence, ContainerConfig config) {
        List<String> mounts = config.rawFuseMounts();
        if (mounts.isEmpty() || config.feature("fuse")) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(mounts);
        lines.addAll(config.rawLines("lxc.cgroup", "10:229"));
        config.line("features").ifPresent(lines::add);
        return List.of(Hit.of(ID, lines));
    }
}
