package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.tool.ToolCatalog;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.proxmox.TransportSecurity;
import dev.labcrew.proxmox.cluster.PveVersion;
import dev.labcrew.proxmox.node.NodeSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks behind {@code labcrew doctor}, printed one line each as they run. */
final class Doctor {
    enum Verdict { OK, DEGRADED, FAILED }

    private final ProxmoxClient client;
    private final ToolCatalog catalog;
    private final PrintWriter out;
    private final Map<String, Set<String>> permissionCache = new HashMap<>();

    Doctor(ProxmoxClient client, ToolCatalog catalog, PrintWriter out) {
        this.client = client;
        this.catalog = catalog;
        this.out = out;
    }

    Verdict examine(String what) {
        line("OK", "config", what + ", " + client.config().baseUrl() + ", token " + client.config().tokenId());
        boolean protectedTransport = transport(client.config().transportSecurity());
        List<String> nodes;
        List<String> offline;
        try {
            long start = System.nanoTime();
            PveVersion version = client.cluster().version();
            line("OK", "connect", "token accepted, Proxmox VE " + version.version() + " answered in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
            List<NodeSummary> cluster = client.nodes().list();
            nodes = cluster.stream().filter(NodeSummary::online).map(NodeSummary::node).toList();
            offline = cluster.stream().filter(n -> !n.online()).map(NodeSummary::node).toList();
            line(offline.isEmpty() ? "OK" : "WARN", "nodes", nodes.size() + " online " + nodes
                + (offline.isEmpty() ? "" : ", unreachable " + offline));
        } catch (LabcrewException e) {
            line("FAIL", "connect", e.getMessage());
            out.println("     hint: " + e.hint());
            return result(Verdict.FAILED);
        }
        Verdict tools = tools(nodes);
        return result(offline.isEmpty() && protectedTransport ? tools : Verdict.DEGRADED);
    }

    /** One line saying how the token travels, as it is configured; false when anyone on the path could read it. */
    private boolean transport(TransportSecurity security) {
        String detail = switch (security) {
            case VERIFIED -> "TLS verified: certificate and host name checked (PROXMOX_CA_FILE or the system trust store)";
            case PINNED -> "TLS pinned: the certificate must match PROXMOX_FINGERPRINT";
            case NOT_VERIFIED -> "TLS NOT VERIFIED (PROXMOX_VERIFY_SSL=false): anyone on the path can read the API token; "
                + "pin the certificate with PROXMOX_FINGERPRINT instead";
            case CLEARTEXT -> "cleartext http (PROXMOX_ALLOW_HTTP=true): the API token crosses the network unencrypted; "
                + "use https://HOST:8006";
        };
        line(security.isProtected() ? "OK" : "WARN", "transport", detail);
        return security.isProtected();
    }

    private Verdict tools(List<String> nodes) {
        Verdict verdict = Verdict.OK;
        for (ToolDefinition tool : catalog.definitions()) {
            PveRequires needs = tool.annotation(PveRequires.class).orElse(null);
            if (needs == null) {
                continue;
            }
            List<String> missing = missing(needs.value(), nodes);
            List<String> degraded = missing(needs.better(), nodes);
            if (!missing.isEmpty()) {
                line("FAIL", tool.name(), "token lacks " + String.join(", ", missing) + ": the tool will fail");
                verdict = Verdict.DEGRADED;
            } else if (!degraded.isEmpty()) {
                line("WARN", tool.name(), "token lacks " + String.join(", ", degraded) + ": answers will have gaps");
                verdict = Verdict.DEGRADED;
            } else {
                List<String> held = new ArrayList<>(expand(needs.value(), nodes));
                held.addAll(expand(needs.better(), nodes));
                line("OK", tool.name(), String.join(", ", held));
            }
        }
        return verdict;
    }

    private List<String> missing(String[] requirements, List<String> nodes) {
        List<String> missing = new ArrayList<>();
        for (String requirement : expand(requirements, nodes)) {
            String[] parts = requirement.split(" on ");
            Set<String> held = permissionCache.computeIfAbsent(parts[1],
                path -> client.access().privilegesOn(path));
            if (!held.contains(parts[0])) {
                missing.add(requirement);
            }
        }
        return missing;
    }

    private static List<String> expand(String[] requirements, List<String> nodes) {
        List<String> expanded = new ArrayList<>();
        for (String requirement : requirements) {
            String[] parts = requirement.split("@", 2);
            if (parts[1].contains("{node}")) {
                nodes.forEach(n -> expanded.add(parts[0] + " on " + parts[1].replace("{node}", n)));
            } else {
                expanded.add(parts[0] + " on " + parts[1]);
            }
        }
        return expanded;
    }

    private Verdict result(Verdict verdict) {
        out.println("RESULT " + verdict.name().toLowerCase() + switch (verdict) {
            case OK -> ": every tool can do its job";
            case DEGRADED -> ": some tools will fail or have gaps, or the token travels unprotected; fix the lines marked "
                + "WARN or FAIL above";
            case FAILED -> ": labcrew cannot use this lab; fix the line marked FAIL";
        });
        return verdict;
    }

    private void line(String status, String check, String detail) {
        out.printf("%-4s %-24s %s%n", status, check, detail);
    }
}
