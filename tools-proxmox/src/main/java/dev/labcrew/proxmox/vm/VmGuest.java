package dev.labcrew.proxmox.vm;

import java.util.LinkedHashMap;
import java.util.Map;

/** A VM as an action sees it before changing it, and the facts that bind an approval to it; {@code clusterSuffix} as {@code @home} or empty. */
record VmGuest(int vmid, String node, VmStatus status, VmConfig config, String clusterSuffix) {

    String target() {
        return "vm/" + vmid + "@" + node + clusterSuffix;
    }

    String label() {
        return "VM " + vmid + " " + (config.name().isEmpty() ? status.name() : config.name());
    }

    boolean running() {
        return status.running();
    }

    /** If any of these differ when the action is about to run, the approval no longer applies. */
    Map<String, String> identity() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("vmid", String.valueOf(vmid));
        facts.put("node", node);
        facts.put("name", config.name());
        facts.put("status", status.status());
        facts.put("digest", String.valueOf(config.digest()));
        facts.put("protection", "1".equals(config.get("protection")) ? "1" : "0");
        facts.put("tags", config.get("tags") == null ? "" : config.get("tags"));
        facts.put("lock", config.get("lock") == null ? "" : config.get("lock"));
        return facts;
    }
}
