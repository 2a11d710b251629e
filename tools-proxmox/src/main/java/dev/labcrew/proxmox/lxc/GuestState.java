package dev.labcrew.proxmox.lxc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A container as an action sees it before changing it: status and config, and the facts that
 * identify it for an approval (name, status, config digest, protection, tags, lock). {@code clusterSuffix} is
 * {@code @home} when several clusters are configured, else empty.
 */
record GuestState(int vmid, String node, LxcStatus status, LxcConfig config, String clusterSuffix) {

    String target() {
        return "ct/" + vmid + "@" + node + clusterSuffix;
    }

    String label() {
        return "CT " + vmid + " " + (config.hostname() == null ? status.name() : config.hostname());
    }

    boolean running() {
        return status.running();
    }

    /** If any of these differ when the action is about to run, the approval no longer applies. */
    Map<String, String> identity() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("vmid", String.valueOf(vmid));
        facts.put("node", node);
        facts.put("name", config.hostname() == null ? String.valueOf(status.name()) : config.hostname());
        facts.put("status", status.status());
        facts.put("digest", String.valueOf(config.digest()));
        facts.put("protection", config.protection() ? "1" : "0");
        facts.put("tags", String.join(";", config.tags()));
        facts.put("lock", config.lock() == null ? "" : config.lock());
        return facts;
    }
}
