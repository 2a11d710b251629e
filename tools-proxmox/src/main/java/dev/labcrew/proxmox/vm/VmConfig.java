package dev.labcrew.proxmox.vm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A VM config ({@code GET .../qemu/{vmid}/config}) as PVE stores it, every key as text, with the
 * {@code digest}. Accessors apply qemu-server's defaults (memory 512, 1 socket, 1 core, agent off).
 */
public record VmConfig(Map<String, String> values, String digest) {
    private static final Pattern DISK = Pattern.compile("(scsi|virtio|sata|ide|efidisk|tpmstate)\\d+");
    private static final Pattern NET = Pattern.compile("net\\d+");
    private static final Pattern PASSTHROUGH = Pattern.compile("(hostpci|usb)\\d+");

    public VmConfig {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String key) {
        return values.get(key);
    }

    public String name() {
        return values.getOrDefault("name", "");
    }

    public long memoryMb() {
        return number("memory", 512);
    }

    public long cores() {
        return number("cores", 1) * number("sockets", 1);
    }

    /** The {@code agent} property's {@code enabled} flag: {@code 1}, {@code enabled=1}, {@code 1,fstrim_cloned_disks=1}. */
    public boolean agentEnabled() {
        String agent = values.get("agent");
        return agent != null && (agent.equals("1") || agent.startsWith("1,") || agent.contains("enabled=1"));
    }

    public boolean onboot() {
        return "1".equals(values.get("onboot"));
    }

    public boolean template() {
        return "1".equals(values.get("template"));
    }

    /** Disks ({@code scsi0}, {@code virtio1}, {@code efidisk0}...), CD-ROMs included, by key. */
    public Map<String, String> disks() {
        return matching(DISK);
    }

    public Map<String, String> networks() {
        return matching(NET);
    }

    /** PCI and USB devices passed through from the host. */
    public Map<String, String> passthrough() {
        return matching(PASSTHROUGH);
    }

    private Map<String, String> matching(Pattern key) {
        Map<String, String> result = new TreeMap<>();
        values.forEach((k, v) -> {
            if (key.matcher(k).matches()) {
                result.put(k, v);
            }
        });
        return result;
    }

    private long number(String key, long fallback) {
        try {
            String v = values.get(key);
            return v == null ? fallback : (long) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
