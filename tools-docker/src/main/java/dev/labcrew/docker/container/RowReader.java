package dev.labcrew.docker.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.docker.DockerClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds list rows: {@code /containers/json} has no restart count or health detail, so each container
 * is inspected too, four at a time. A container removed meanwhile keeps its row with what the list said.
 */
final class RowReader {
    private static final int PARALLEL = 4;

    private final DockerClient client;

    RowReader(DockerClient client) {
        this.client = client;
    }

    List<ContainerRow> rows(JsonNode listed, String wantedState) {
        List<JsonNode> items = new ArrayList<>();
        listed.forEach(item -> {
            if (wantedState == null || wantedState.equals(item.path("State").asText())) {
                items.add(item);
            }
        });
        Instant now = Instant.now();
        List<ContainerRow> rows = new ArrayList<>();
        try (Sweep sweep = new Sweep(line -> { }, PARALLEL)) {
            for (Sweep.Outcome<JsonNode, Inspect> o : sweep.each(items, item -> Containers.inspect(client, item.path("Id").asText()))) {
                rows.add(o.failed() ? fromList(o.item()) : fromInspect(o.item(), o.value(), now));
            }
        }
        rows.sort(Comparator.comparing((ContainerRow r) -> !r.troubled()).thenComparing(r -> !"running".equals(r.state()))
            .thenComparing(ContainerRow::name));
        return rows;
    }

    private static ContainerRow fromInspect(JsonNode item, Inspect c, Instant now) {
        Inspect.State s = c.stateOrEmpty();
        String health = s.health() == null || "none".equals(s.health().status()) ? null : s.health().status();
        return new ContainerRow(StatusMapper.shortId(c.id()), c.shortName(), item.path("Image").asText(c.imageName()), s.status(),
            health, c.restartCount(), c.uptimeSeconds(now), s.exitCode(), s.oomKilled(), ports(item));
    }

    private static ContainerRow fromList(JsonNode item) {
        String name = item.path("Names").path(0).asText(item.path("Id").asText()).replaceFirst("^/", "");
        return new ContainerRow(StatusMapper.shortId(item.path("Id").asText()), name, item.path("Image").asText(),
            item.path("State").asText(), null, -1, 0, 0, false, ports(item));
    }

    /** {@code 8080->80/tcp}, each published port once (IPv4 and IPv6 bindings repeat it). */
    static String ports(JsonNode item) {
        Set<String> ports = new LinkedHashSet<>();
        for (JsonNode p : item.path("Ports")) {
            String inside = p.path("PrivatePort").asText() + "/" + p.path("Type").asText("tcp");
            ports.add(p.hasNonNull("PublicPort") ? p.path("PublicPort").asText() + "->" + inside : inside);
        }
        return String.join(",", ports);
    }
}
