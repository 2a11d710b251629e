package dev.labcrew.proxmox.provision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.cluster.ClusterResource;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which guest of the cluster holds a MAC: every container's and VM's network options read from its config. */
final class MacCensus {
    private static final Pattern MAC = Pattern.compile("([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5})");

    private final ProxmoxClient client;

    MacCensus(ProxmoxClient client) {
        this.client = client;
    }

    /** The guest other than {@code self} whose config holds {@code mac}, as {@code CT 101 on pve1}, or null. */
    String holderOf(String mac, int self) {
        for (ClusterResource guest : client.cluster().guests()) {
            if (guest.vmid() == self || guest.node() == null) {
                continue;
            }
            String kind = guest.isLxc() ? "lxc" : "qemu";
            JsonNode config;
            try {
                config = client.get("/nodes/" + guest.node() + "/" + kind + "/" + guest.vmid() + "/config", Map.of());
            } catch (dev.labcrew.proxmox.ProxmoxException unreadable) {
                continue; // a node offline: its guests cannot be running with this MAC on the LAN through it now
            }
            var fields = config.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if (!field.getKey().matches("net\\d+")) {
                    continue;
                }
                Matcher m = MAC.matcher(field.getValue().asText(""));
                while (m.find()) {
                    if (m.group(1).toUpperCase(Locale.ROOT).equals(mac.toUpperCase(Locale.ROOT))) {
                        return (guest.isLxc() ? "CT " : "VM ") + guest.vmid() + " on " + guest.node();
                    }
                }
            }
        }
        return null;
    }
}
