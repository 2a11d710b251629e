package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Host devices passed into the container: {@code devN:} entries and raw {@code lxc.mount.entry} lines of
 * {@code /dev/...} (other than {@code /dev/fuse}, which {@link FuseMountCheck} reports). An audit finding: the
 * container depends on that device existing on this host, and gains access to it.
 */
final class DevicePassthroughCheck implements ConfigCheck {

    static final String ID = "device-passthrough";

    @Override
    public Set<String> ids() {
        return Set.of(ID);
    }

    @Override
    public List<Hit> check(StartupEvidence evidence, ContainerConfig config) {
        List<String> lines = new ArrayList<>();
        evidence.config().keySet().stream().filter(k -> k.matches("dev\\d+")).sorted()
            .forEach(k -> config.line(k).ifPresent(lines::add));
        config.rawLines("lxc.mount.entry", "/dev/").stream().filter(l -> !l.contains("/dev/fuse")).forEach(lines::add);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> devices = new ArrayList<>();
        for (String line : lines) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(/dev/[^\\s,]+)").matcher(line);
            if (m.find()) {
                devices.add(m.group(1));
            }
        }
        return List.of(new Hit(ID, lines, Map.of("devices", String.join(" ", devices.stream().distinct().toList()))));
    }
}
