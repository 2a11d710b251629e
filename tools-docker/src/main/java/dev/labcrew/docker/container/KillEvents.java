package dev.labcrew.docker.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerException;
import dev.labcrew.docker.internal.DockerJson;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Reads the engine's event log around a container's last run to tell who sent the SIGKILL behind an exit 137
 * ({@link KillSource}). One {@code GET /events} with {@code since} and {@code until}, made only for a container
 * whose last run ended with 137 without the {@code OOMKilled} flag; a log that cannot be read only makes the
 * answer {@link KillSource#UNKNOWN}, never fails the tool.
 */
final class KillEvents {
    /** The engine logs {@code die} right after the exit, and a late {@code oom} after that. */
    private static final long AFTER_EXIT_SECONDS = 2;

    private KillEvents() {
    }

    static KillSource of(DockerClient client, Inspect c) {
        Inspect.State s = c.stateOrEmpty();
        if (s.running() && !s.restarting() || s.exitCode() != 137) {
            return KillSource.NONE;
        }
        if (s.oomKilled()) {
            return KillSource.OOM_KILLER;
        }
        Instant started = Times.parse(s.startedAt());
        Instant finished = Times.parse(s.finishedAt());
        if (started == null || finished == null || finished.isBefore(started)) {
            return KillSource.UNKNOWN;
        }
        String filters = "{\"type\":[\"container\"],\"container\":[\"" + c.id() + "\"]}";
        try {
            DockerClient.Response events = client.getRaw("/events", Map.of("since", String.valueOf(started.getEpochSecond() - 1),
                "until", String.valueOf(finished.getEpochSecond() + AFTER_EXIT_SECONDS), "filters", filters));
            return source(events.body(), started);
        } catch (DockerException | IOException e) {
            return KillSource.UNKNOWN;
        }
    }

    /** From the container's events since its last start: the run must be covered (its start is there). */
    private static KillSource source(byte[] body, Instant started) throws IOException {
        boolean startSeen = false;
        boolean killed = false;
        try (MappingIterator<JsonNode> events = DockerJson.mapper().readerFor(JsonNode.class).readValues(body)) {
            while (events.hasNextValue()) {
                JsonNode event = events.nextValue();
                String action = event.path("Action").asText(event.path("status").asText());
                long at = event.path("time").asLong();
                switch (action) {
                    case "start" -> startSeen |= at >= started.getEpochSecond() - 1;
                    case "oom" -> {
                        return KillSource.OOM_KILLER;
                    }
                    case "kill", "stop" -> killed = true;
                    default -> { }
                }
            }
        }
        return killed ? KillSource.DOCKER : startSeen ? KillSource.OUTSIDE_DOCKER : KillSource.UNKNOWN;
    }
}
