package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read-only questions about a container's config, answered with the config lines that show them. */
final class ContainerConfig {

    private final StartupEvidence evidence;
    private final Map<String, String> features = new LinkedHashMap<>();

    ContainerConfig(StartupEvidence evidence) {
        this.evidence = evidence;
        String raw = evidence.config().getOrDefault("features", "");
        for (String item : raw.split(",")) {
            String[] kv = item.trim().split("=", 2);
            if (!kv[0].isEmpty()) {
                features.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
    }

    boolean feature(String name) {
        return "1".equals(features.get(name));
    }

    /** PVE treats a missing {@code unprivileged} key as 0. */
    boolean privileged() {
        return !"1".equals(evidence.config().get("unprivileged"));
    }

    /** The cited {@code key: value} line of a flat key, if set. */
    Optional<String> line(String key) {
        String value = evidence.config().get(key);
        return value == null ? Optional.empty() : Optional.of(Source.CONFIG.cite(key + ": " + value));
    }

    /** Cited raw lxc.* lines whose key starts with {@code keyPrefix} and whose value contains {@code text}. */
    List<String> rawLines(String keyPrefix, String text) {
        return evidence.rawLxc().stream()
                .filter(en -> en.getKey().startsWith(keyPrefix) && en.getValue().contains(text))
                .map(en -> Source.CONFIG.cite(en.getKey() + ": " + en.getValue())).toList();
    }

    List<String> rawFuseMounts() {
        return rawLines("lxc.mount.entry", "/dev/fuse");
    }

    /** Lines that suggest Docker runs inside: tags, hostname or description naming docker, overlay or fuse raw keys. */
    List<String> dockerHints() {
        List<String> hints = new ArrayList<>();
        for (String key : List.of("tags", "hostname", "description")) {
            String value = evidence.config().getOrDefault(key, "");
            if (value.toLowerCase(Locale.ROOT).contains("docker")) {
                line(key).ifPresent(hints::add);
            }
        }
        hints.addAll(rawLines("lxc.", "overlay"));
        hints.addAll(rawFuseMounts());
        return hints;
    }

    /** True when Docker would lack what it needs: nesting, and keyctl in an unprivileged container. */
    boolean dockerUnderEquipped() {
        return !feature("nesting") || (!privileged() && !feature("keyctl"));
    }

    /** The features value that keeps every current flag and adds what this container's checks ask for. */
    String desiredFeatures() {
        Map<String, String> wanted = new LinkedHashMap<>(features);
        if (!dockerHints().isEmpty()) {
            wanted.put("nesting", "1");
            if (!privileged()) {
                wanted.put("keyctl", "1");
            }
        }
        if (!rawFuseMounts().isEmpty()) {
            wanted.put("fuse", "1");
        }
        return wanted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
