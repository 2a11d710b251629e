package dev.labcrew.proxmox.provision;

import dev.labcrew.proxmox.lxc.LxcConfig;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a golden archive carries into every guest restored from it, read from its embedded {@code pct.conf} ({@code GET
 * /nodes/{node}/vzdump/extractconfig}): the MAC and hostname a restore keeps (seed 004 F1, F2: both must be reset), the
 * features that survive it (F5: nesting, keyctl) and the rootfs size.
 */
record Golden(String volid, String hostname, String mac, String net0, String features, long rootfsGib) {

    /** Reads the archive's config file text: {@code key: value} lines, {@code #} lines being the description. */
    static Golden parse(String volid, String configText) {
        Map<String, String> config = new LinkedHashMap<>();
        for (String line : configText.split("\n")) {
            if (line.startsWith("[")) {
                break; // snapshot sections follow the current config
            }
            int colon = line.indexOf(':');
            if (!line.startsWith("#") && colon > 0) {
                config.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        String net0 = config.getOrDefault("net0", "");
        String mac = LxcConfig.parsePropertyString(net0).getOrDefault("hwaddr", "");
        return new Golden(volid, config.getOrDefault("hostname", ""), mac.toUpperCase(Locale.ROOT), net0,
            config.getOrDefault("features", ""), Sizes.gib(config.getOrDefault("rootfs", "")));
    }

    /** {@code net0} as sent to reset the MAC: every option but {@code hwaddr}, so PVE generates a fresh one (seed 004 F1). */
    String net0WithoutMac() {
        Map<String, String> parts = new LinkedHashMap<>(LxcConfig.parsePropertyString(net0));
        parts.remove("hwaddr");
        StringBuilder text = new StringBuilder();
        parts.forEach((k, v) -> text.append(text.isEmpty() ? "" : ",").append(k).append('=').append(v));
        return text.toString();
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("golden_hostname", hostname);
        map.put("golden_mac", mac);
        map.put("golden_net0", net0);
        map.put("golden_features", features);
        map.put("golden_rootfs_gib", rootfsGib);
        return map;
    }

    static Golden fromMap(String volid, Map<String, Object> map) {
        return new Golden(volid, String.valueOf(map.get("golden_hostname")), String.valueOf(map.get("golden_mac")),
            String.valueOf(map.get("golden_net0")), String.valueOf(map.get("golden_features")),
            ((Number) map.get("golden_rootfs_gib")).longValue());
    }
}
