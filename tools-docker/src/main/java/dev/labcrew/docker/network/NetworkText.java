package dev.labcrew.docker.network;

import dev.labcrew.core.output.TextTable;

/** Renders networks as compact text for a model. */
final class NetworkText {
    private NetworkText() {
    }

    static String render(NetworkReport r) {
        if (!r.detailed()) {
            StringBuilder out = new StringBuilder().append(r.networks().size()).append(" networks on ").append(r.host()).append('\n');
            TextTable table = new TextTable("NAME", "ID", "DRIVER", "SCOPE", "SUBNET", "FLAGS");
            r.networks().forEach(n -> table.row(n.name(), n.id(), n.driver(), n.scope(),
                n.subnets().isEmpty() ? "-" : String.join("; ", n.subnets()), flags(n)));
            return out.append(table.render()).append("Name one with network=NAME to see its containers.").toString();
        }
        NetworkInfo n = r.networks().get(0);
        StringBuilder out = new StringBuilder();
        out.append("network ").append(n.name()).append(" (").append(n.id()).append(") on ").append(r.host()).append(": driver ")
            .append(n.driver()).append(", scope ").append(n.scope()).append(flags(n).isEmpty() ? "" : ", " + flags(n)).append('\n');
        out.append("subnets: ").append(n.subnets().isEmpty() ? "none" : String.join("; ", n.subnets())).append('\n');
        out.append(n.containers().size()).append(" containers attached").append(n.containers().isEmpty() ? "" : ":").append('\n');
        n.containers().forEach(c -> out.append("  ").append(c).append('\n'));
        return out.toString().strip();
    }

    private static String flags(NetworkInfo n) {
        return String.join(",", java.util.stream.Stream.of(n.internal() ? "internal" : null, n.attachable() ? "attachable" : null,
            n.ipv6() ? "ipv6" : null).filter(java.util.Objects::nonNull).toList());
    }
}
