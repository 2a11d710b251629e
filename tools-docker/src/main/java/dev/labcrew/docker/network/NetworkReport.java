package dev.labcrew.docker.network;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * Docker networks: every network of an engine in brief, or one in detail with its containers.
 *
 * @param detailed true when one network was asked for
 */
public record NetworkReport(String host, List<NetworkInfo> networks, boolean detailed) implements TextResult {
    public NetworkReport {
        networks = List.copyOf(networks);
    }

    @Override
    public String toText() {
        return NetworkText.render(this);
    }
}
