package dev.labcrew.proxmox.lxc;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A container config ({@code GET .../lxc/{vmid}/config}) as PVE stores it: every key as text,
 * the raw {@code lxc.*} lines apart, and the {@code digest} to pass back on PUT. Accessors apply
 * PVE's defaults (memory 512, swap 512, unprivileged off, ...).
 *
 * <pre>{@code
 * LxcConfig.parsePropertyString("local-lvm:vm-102-disk-0,size=8G")  // {volume=local-lvm:vm-102-disk-0, size=8G}
 * }</pre>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LxcConfig(Map<String, String> values, List<RawLxcEntry> rawLxc, String digest) {

    public LxcConfig {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        rawLxc = rawLxc == null ? List.of() : List.copyOf(rawLxc);
    }

    /** The raw {@code lxc.*} entries as key/value pairs, in config order. */
    public List<Map.Entry<String, String>> rawEntries() {
        return rawLxc.stream().<Map.Entry<String, String>>map(e -> Map.entry(e.key(), e.value())).toList();
    }

    /** The raw value of any key, or null. */
    public String get(String key) {
        return values.get(key);
    }

    public String hostname() {
        return get("hostname");
    }

    /** Memory in MiB (PVE default 512). */
    public int memory() {
        return intValue("memory", 512);
    }

    /** Swap in MiB (PVE default 512). */
    public int swap() {
        return intValue("swap", 512);
    }

    /** CPU cores; null means all of the host's. */
    public Integer cores() {
        return get("cores") == null ? null : intValue("cores", 0);
    }

    public boolean unprivileged() {
        return flag("unprivileged");
    }

    public boolean onboot() {
        return flag("onboot");
    }

    public boolean protection() {
        return flag("protection");
    }

    /** {@code nesting=1,keyctl=1} as a map; empty when unset. */
    public Map<String, String> features() {
        return parsePropertyString(get("features"));
    }

    public String rootfs() {
        return get("rootfs");
    }

    /** {@code mp0}, {@code mp1}, ... in numeric order. */
    public SortedMap<String, String> mountPoints() {
        return numbered("mp");
    }

    /** {@code net0}, {@code net1}, ... in numeric order. */
    public SortedMap<String, String> networks() {
        return numbered("net");
    }

    public String description() {
        return get("description");
    }

    /** Tags split on {@code ;}, {@code ,} or spaces. */
    public List<String> tags() {
        String tags = get("tags");
        return tags == null ? List.of()
                : Arrays.stream(tags.split("[;,\\s]+")).filter(t -> !t.isBlank()).toList();
    }

    public String lock() {
        return get("lock");
    }

    public String startup() {
        return get("startup");
    }

    public String ostype() {
        return get("ostype");
    }

    /**
     * A PVE disk size ({@code 8G}, {@code 512M}, {@code 1T}, or bytes without a unit) in whole GiB, rounded.
     *
     * @throws NumberFormatException when it is not a number with an optional K, M, G or T
     */
    public static long sizeGib(String size) {
        char unit = Character.toUpperCase(size.charAt(size.length() - 1));
        double number = Double.parseDouble(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
        double gib = switch (unit) {
            case 'T' -> number * 1024;
            case 'M' -> number / 1024;
            case 'K' -> number / 1024 / 1024;
            case 'G' -> number;
            default -> number / 1024 / 1024 / 1024;
        };
        return Math.round(gib);
    }

    /**
     * Splits a PVE property string ({@code name=eth0,bridge=vmbr0}) into an ordered map; a leading
     * value without {@code =} (a volume) is stored under {@code volume}. Null or blank gives an empty map.
     */
    public static Map<String, String> parsePropertyString(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return Collections.unmodifiableMap(result);
        }
        String[] parts = text.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            if (eq > 0) {
                result.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            } else if (i == 0 && !part.isEmpty()) {
                result.put("volume", part);
            } else if (!part.isEmpty()) {
                result.put(part, "");
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private SortedMap<String, String> numbered(String prefix) {
        SortedMap<String, String> result = new TreeMap<>(Comparator
                .comparingInt((String k) -> Integer.parseInt(k.substring(prefix.length()))).thenComparing(k -> k));
        values.forEach((k, v) -> {
            if (k.matches(prefix + "\\d+")) {
                result.put(k, v);
            }
        });
        return Collections.unmodifiableSortedMap(result);
    }

    private int intValue(String key, int fallback) {
        String v = get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return (int) Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private boolean flag(String key) {
        String v = get(key);
        return v != null && (v.trim().equals("1") || v.trim().equalsIgnoreCase("true"));
    }
}
