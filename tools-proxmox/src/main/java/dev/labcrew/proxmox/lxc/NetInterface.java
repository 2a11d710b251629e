package dev.labcrew.proxmox.lxc;

import java.util.Map;

/**
 * A configured network interface, parsed from a {@code netN} config entry.
 *
 * @param key the config key, e.g. {@code net0}
 * @param ip IPv4 config: CIDR, {@code dhcp}, {@code manual} or null
 * @param tag VLAN tag, or null when untagged
 */
public record NetInterface(String key, String name, String bridge, String hwaddr, String ip, String gw, String ip6,
                           Integer tag, boolean firewall, String rate, String mtu, boolean linkDown) {

    static NetInterface parse(String key, String value) {
        Map<String, String> p = LxcConfig.parsePropertyString(value);
        String tag = p.get("tag");
        return new NetInterface(key, p.get("name"), p.get("bridge"), p.get("hwaddr"), p.get("ip"), p.get("gw"), p.get("ip6"),
            tag == null ? null : Integer.valueOf(tag), "1".equals(p.get("firewall")), p.get("rate"), p.get("mtu"),
            "1".equals(p.get("link_down")));
    }
}
