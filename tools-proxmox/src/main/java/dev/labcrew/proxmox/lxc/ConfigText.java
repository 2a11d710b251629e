package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.Compact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders a container config report: audit warnings first, then the config in a few short lines. */
final class ConfigText {
    private static final int DESCRIPTION_CHARS = 200;
    /** A container's own first disk, {@code nvme2tb:subvol-200-disk-0}: its name adds nothing to the storage. */
    private static final Pattern OWN_DISK = Pattern.compile("([^:]+):(?:subvol|vm|base)-(\\d+)-disk-0");

    private ConfigText() {
    }

    static String render(ConfigReport r) {
        LxcConfig c = r.config();
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(r.vmid()).append(' ').append(c.hostname()).append(" on ").append(r.node()).append(": ")
           .append(c.unprivileged() ? "unprivileged" : "PRIVILEGED").append(' ').append(c.ostype() == null ? "(os unknown)" : c.ostype())
           .append(c.lock() == null ? "" : ", locked (" + c.lock() + ")").append(r.warnings().isEmpty() ? ", no audit warnings" : "");
        r.warnings().forEach(w -> out.append('\n').append(w));
        r.gaps().forEach(g -> out.append('\n').append(g.line()));
        out.append("\nmemory ").append(mib(c.memory())).append(c.swap() > 0 ? ", swap " + mib(c.swap()) : ", no swap")
           .append(", cores ").append(c.cores() == null ? "all" : c.cores())
           .append(c.get("cpulimit") == null ? "" : ", cpulimit " + c.get("cpulimit")).append(", rootfs ").append(disk(r.vmid(), c.rootfs()));
        List<String> settings = new ArrayList<>();
        settings.add(c.onboot() ? "onboot" : "no onboot");
        if (c.startup() != null) {
            settings.add(c.startup());
        }
        if (c.protection()) {
            settings.add("protection");
        }
        settings.add("features " + (r.features().isEmpty() ? "none" : features(r.features())));
        settings.add("firewall " + (r.firewall() == null ? "unknown (not read)" : r.firewall() ? "on" : "off"));
        if (!c.tags().isEmpty()) {
            settings.add("tags " + String.join(";", c.tags()));
        }
        out.append('\n').append(String.join(", ", settings));
        c.mountPoints().forEach((k, v) -> out.append('\n').append(k).append(": ").append(v)
            .append(v.startsWith("/") ? "  (bind mount from host)" : ""));
        c.networks().forEach((k, v) -> out.append('\n').append(k).append(' ').append(NetLine.of(v)));
        c.rawLxc().forEach(e -> out.append("\nraw ").append(e.key()).append(": ").append(e.value()));
        String description = c.description();
        if (description != null && !description.isBlank()) {
            String flat = description.strip().replace('\n', ' ');
            out.append("\ndescription: ").append(flat.length() > DESCRIPTION_CHARS ? flat.substring(0, DESCRIPTION_CHARS) + "..." : flat);
        }
        // The digest stays in the typed result: it guards a config write, which no model writes by hand.
        return out.toString();
    }

    private static String mib(long mib) {
        return Compact.bytes(mib * 1024L * 1024L);
    }

    /** {@code nvme2tb 32G} for the container's own first disk, else the volume as configured. */
    private static String disk(int vmid, String rootfs) {
        if (rootfs == null) {
            return "unset";
        }
        Map<String, String> p = LxcConfig.parsePropertyString(rootfs);
        Matcher own = OWN_DISK.matcher(p.getOrDefault("volume", ""));
        if (p.size() == 2 && p.containsKey("size") && own.matches() && own.group(2).equals(String.valueOf(vmid))) {
            return own.group(1) + " " + p.get("size");
        }
        return rootfs;
    }

    /** {@code nesting,keyctl} for switched-on features, {@code key=value} for any other value. */
    private static String features(Map<String, String> features) {
        List<String> parts = new ArrayList<>();
        features.forEach((k, v) -> parts.add("1".equals(v) ? k : k + "=" + v));
        return String.join(",", parts);
    }
}
