package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.Units;
import java.util.Map;

/** Renders a container config report: audit warnings first, then the config grouped by topic. */
final class ConfigText {
    private static final int DESCRIPTION_CHARS = 200;

    private ConfigText() {
    }

    static String render(ConfigReport r) {
        LxcConfig c = r.config();
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(r.vmid()).append(' ').append(c.hostname()).append(" on ").append(r.node()).append(": ")
           .append(c.unprivileged() ? "unprivileged" : "PRIVILEGED").append(", ").append(c.ostype() == null ? "os unknown" : c.ostype())
           .append(c.lock() == null ? "" : ", locked (" + c.lock() + ")").append('\n');
        if (r.warnings().isEmpty()) {
            out.append("No audit warnings.\n");
        }
        r.warnings().forEach(w -> out.append(w).append('\n'));
        r.gaps().forEach(g -> out.append(g.line()).append('\n'));
        out.append("resources: memory ").append(Units.bytes(c.memory() * 1024L * 1024L)).append(", swap ")
           .append(Units.bytes(c.swap() * 1024L * 1024L)).append(", cores ").append(c.cores() == null ? "all" : c.cores());
        if (c.get("cpulimit") != null) {
            out.append(", cpulimit ").append(c.get("cpulimit"));
        }
        out.append('\n');
        out.append("startup: onboot ").append(c.onboot() ? 1 : 0)
           .append(c.startup() == null ? "" : ", " + c.startup()).append(c.protection() ? ", protection on" : "").append('\n');
        out.append("features: ").append(r.features().isEmpty() ? "none" : join(r.features())).append('\n');
        out.append("rootfs: ").append(c.rootfs()).append('\n');
        c.mountPoints().forEach((k, v) -> out.append(k).append(": ").append(v).append(v.startsWith("/") ? "  (bind mount from host)" : "").append('\n'));
        c.networks().forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        out.append("firewall: ").append(r.firewall() == null ? "unknown (not read)" : r.firewall() ? "enabled" : "disabled").append('\n');
        if (!c.tags().isEmpty()) {
            out.append("tags: ").append(String.join(";", c.tags())).append('\n');
        }
        c.rawLxc().forEach(e -> out.append("raw ").append(e.key()).append(": ").append(e.value()).append('\n'));
        String description = c.description();
        if (description != null && !description.isBlank()) {
            String flat = description.strip().replace('\n', ' ');
            out.append("description: ").append(flat.length() > DESCRIPTION_CHARS ? flat.substring(0, DESCRIPTION_CHARS) + "..." : flat).append('\n');
        }
        out.append("digest: ").append(c.digest());
        return out.toString();
    }

    private static String join(Map<String, String> features) {
        StringBuilder s = new StringBuilder();
        features.forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return s.toString();
    }
}
