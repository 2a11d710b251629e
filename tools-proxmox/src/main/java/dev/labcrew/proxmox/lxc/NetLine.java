package dev.labcrew.proxmox.lxc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code netN} entry as a short line: {@code eth0 on vmbr0, 192.168.40.90/24 via 192.168.40.1, fd40::90/64,
 * BC:24:11:2A:12:00, firewall}. Every setting is kept; the default type {@code veth} and {@code firewall=0} are
 * left out, any setting without a short form follows as {@code key=value}.
 */
final class NetLine {
    private NetLine() {
    }

    static String of(String value) {
        Map<String, String> p = new LinkedHashMap<>(LxcConfig.parsePropertyString(value));
        List<String> parts = new ArrayList<>();
        String name = p.remove("name");
        String bridge = p.remove("bridge");
        parts.add((name == null ? "?" : name) + (bridge == null ? "" : " on " + bridge)
            + (p.containsKey("tag") ? " vlan " + p.remove("tag") : ""));
        address(parts, p.remove("ip"), p.remove("gw"));
        address(parts, p.remove("ip6"), p.remove("gw6"));
        String mac = p.remove("hwaddr");
        if (mac != null) {
            parts.add(mac);
        }
        if ("1".equals(p.remove("firewall"))) {
            parts.add("firewall");
        }
        if ("1".equals(p.get("link_down"))) {
            p.remove("link_down");
            parts.add("LINK DOWN");
        }
        if ("veth".equals(p.get("type"))) {
            p.remove("type");
        }
        p.forEach((k, v) -> parts.add(v.isEmpty() ? k : k + "=" + v));
        return String.join(", ", parts);
    }

    private static void address(List<String> parts, String ip, String gw) {
        if (ip != null) {
            parts.add(ip + (gw == null ? "" : " via " + gw));
        } else if (gw != null) {
            parts.add("gw " + gw);
        }
    }
}
