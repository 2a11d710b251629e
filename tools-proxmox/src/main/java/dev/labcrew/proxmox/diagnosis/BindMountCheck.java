package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Bind mounts (mpN whose volume is a host path): the host paths must exist, which no API can check. */
final class BindMountCheck implements ConfigCheck {

    static final String ID = "host-bind-mounts";
    private static final Pattern MOUNT_POINT = Pattern.compile("mp\\d+");

    @Override
    public Set<String> ids() {
        return Set.of(ID);
    }

    @Override
    public List<Hit> check(StartupEvidence evidence, ContainerConfig config) {
        List<String> lines = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        new TreeMap<>(evidence.config()).forEach((key, value) -> {
            String volume = value.split(",", 2)[0].replaceFirst("^volume=", "");
            if (MOUNT_POINT.matcher(key).matches() && volume.startsWith("/")) {
                lines.add(Source.CONFIG.cite(key + ": " + value));
                paths.add(volume);
            }
        });
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of(new Hit(ID, lines, Map.of("paths", String.join(" ", paths))));
    }
}
