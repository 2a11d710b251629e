package dev.labcrew.proxmox;

import dev.labcrew.core.LabcrewException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The clusters a user configured. {@code PROXMOX_CLUSTERS=home,lab} names several, each with its own
 * {@code PROXMOX_CLUSTER_HOME_URL} (or {@code _HOST}), {@code _TOKEN_ID}, {@code _TOKEN_SECRET}, {@code _FINGERPRINT}
 * or {@code _CA_FILE}, {@code _NODE}, {@code _VERIFY_SSL}; other {@code PROXMOX_*} settings (timeout) are shared.
 * Without it, the single-cluster variables make one cluster, {@code default}, exactly as before.
 *
 * <pre>{@code
 * Map<String, ProxmoxConfig> clusters = ProxmoxClusters.configs(System.getenv());
 * }</pre>
 */
public final class ProxmoxClusters {
    /** The name of the single cluster the plain {@code PROXMOX_*} variables describe. */
    public static final String DEFAULT = "default";
    private static final Set<String> OWN = Set.of("URL", "HOST", "TOKEN_ID", "TOKEN_SECRET", "FINGERPRINT", "CA_FILE", "NODE",
        "USER", "VERIFY_SSL");

    private ProxmoxClusters() {
    }

    /** Whether any Proxmox cluster is configured, named or single. */
    public static boolean isConfigured(Map<String, String> settings) {
        return !names(settings).isEmpty() || ProxmoxConfig.isConfigured(settings);
    }

    /** The names in {@code PROXMOX_CLUSTERS}, in order; empty when it is unset. */
    public static List<String> names(Map<String, String> settings) {
        String list = settings.get("PROXMOX_CLUSTERS");
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return List.of(list.trim().split("\\s*,\\s*")).stream().filter(n -> !n.isEmpty()).distinct().toList();
    }

    /**
     * A builder per cluster, by name: each named one labelled with its name, or the single {@code default} one.
     *
     * @throws LabcrewException {@code BAD_INPUT} naming the cluster and the setting that is missing or malformed
     */
    public static Map<String, ProxmoxConfig.Builder> builders(Map<String, String> settings) {
        Map<String, ProxmoxConfig.Builder> result = new LinkedHashMap<>();
        List<String> names = names(settings);
        if (names.isEmpty()) {
            result.put(DEFAULT, ProxmoxConfig.builder(settings));
            return result;
        }
        for (String name : names) {
            if (!name.matches("[A-Za-z][A-Za-z0-9_-]{0,31}")) {
                throw LabcrewException.badInput("Cluster name '" + name + "' in PROXMOX_CLUSTERS is not a plain name",
                    "use letters, digits, - and _, e.g. PROXMOX_CLUSTERS=home,lab");
            }
            try {
                result.put(name, ProxmoxConfig.builder(settingsOf(name, settings)).cluster(names.size() > 1 ? name : null));
            } catch (LabcrewException e) {
                throw LabcrewException.badInput("Cluster " + name + ": " + e.getMessage().replace("PROXMOX_", prefix(name)),
                    e.hint().replace("PROXMOX_", prefix(name)));
            }
        }
        return result;
    }

    /** The {@code PROXMOX_*} view of one named cluster: its own keys, then the shared ones. */
    static Map<String, String> settingsOf(String name, Map<String, String> settings) {
        Map<String, String> own = new HashMap<>();
        String prefix = prefix(name);
        settings.forEach((k, v) -> {
            if (k.startsWith("PROXMOX_") && !k.startsWith("PROXMOX_CLUSTER") && !OWN.contains(k.substring(8))) {
                own.put(k, v);
            }
        });
        settings.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                own.put("PROXMOX_" + k.substring(prefix.length()), v);
            }
        });
        return own;
    }

    private static String prefix(String name) {
        return "PROXMOX_CLUSTER_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    }
}
