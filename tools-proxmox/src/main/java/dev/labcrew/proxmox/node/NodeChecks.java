package dev.labcrew.proxmox.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The secondary reads of {@code check_node_health}, each leaving a gap when it cannot be read. */
final class NodeChecks {
    private static final Pattern FAILED_UNIT = Pattern.compile("(\\S+\\.(?:service|mount|timer|socket)): Failed with result");
    private static final int JOURNAL_LINES = 500;

    private final ProxmoxClient client;
    private final String node;
    private final String base;
    private final List<Gap> gaps;
    private final List<String> warnings = new ArrayList<>();

    NodeChecks(ProxmoxClient client, String node, List<Gap> gaps) {
        this.client = client;
        this.node = node;
        this.base = "/nodes/" + node;
        this.gaps = gaps;
    }

    NodeHealth run(NodeRow row, NodeStatus status) {
        if (row.maxmem() > 0 && row.mem() * 100 / row.maxmem() >= 90) {
            warnings.add("WARNING memory at " + row.mem() * 100 / row.maxmem() + "%");
        }
        if (row.maxdisk() > 0 && row.disk() * 100 / row.maxdisk() >= 85) {
            warnings.add("WARNING root disk at " + row.disk() * 100 / row.maxdisk() + "%");
        }
        if (status != null && status.cpus() > 0 && !status.loadavg().isEmpty() && status.loadavg().get(0) > status.cpus()) {
            warnings.add("WARNING load " + status.loadavg().get(0) + " above the " + status.cpus() + " CPUs");
        }
        List<String> down = new ArrayList<>();
        read("services", "Sys.Audit", "/services").ifPresent(rows -> rows.forEach(s -> {
            if (!"running".equals(s.path("state").asText()) && "enabled".equals(s.path("unit-state").asText())) {
                down.add(s.path("name").asText());
            }
        }));
        down.forEach(s -> warnings.add("WARNING service " + s + " is enabled but not running"));
        Integer updates = read("pending updates", "Sys.Modify", "/apt/update").map(JsonNode::size).orElse(null);
        String subscription = read("subscription", "none", "/subscription").map(s -> s.path("status").asText("unknown")).orElse(null);
        if (subscription != null && !"active".equalsIgnoreCase(subscription)) {
            read("apt repositories", "Sys.Audit", "/apt/repositories").ifPresent(this::enterpriseWithoutSubscription);
        }
        return new NodeHealth(row, status, down, updates, subscription, failedUnits(), warnings, gaps);
    }

    private void enterpriseWithoutSubscription(JsonNode repositories) {
        for (JsonNode file : repositories.path("files")) {
            for (JsonNode repo : file.path("repositories")) {
                boolean enabled = repo.path("Enabled").asInt(1) == 1;
                if (enabled && repo.path("URIs").toString().contains("enterprise.proxmox.com")) {
                    warnings.add("WARNING enterprise repository enabled without a subscription (" + file.path("path").asText()
                        + "): apt update fails with 401; enable the no-subscription repository instead");
                    return;
                }
            }
        }
    }

    private List<String> failedUnits() {
        Set<String> units = new LinkedHashSet<>();
        Gap.read("node journal", "Sys.Syslog on " + base, () -> client.nodes().journal(node, null, JOURNAL_LINES), gaps)
            .ifPresent(lines -> lines.forEach(l -> {
                Matcher m = FAILED_UNIT.matcher(l.t());
                if (m.find()) {
                    units.add(m.group(1));
                }
            }));
        return List.copyOf(units);
    }

    private java.util.Optional<JsonNode> read(String what, String privilege, String path) {
        return Gap.read(what, privilege + " on " + base, () -> client.get(base + path, Map.of()), gaps);
    }
}
