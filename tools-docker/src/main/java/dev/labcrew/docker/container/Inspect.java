package dev.labcrew.docker.container;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code GET /containers/{id}/json}, the fields the tools read. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Inspect(String id, String name, String created, String image, int restartCount, State state, Config config,
               HostConfig hostConfig) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record State(String status, boolean running, boolean paused, boolean restarting, boolean oomKilled, boolean dead,
                 int pid, int exitCode, String error, String startedAt, String finishedAt, Health health) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Health(String status, int failingStreak, List<Probe> log) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Probe(String start, String end, int exitCode, String output) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Config(String image, boolean tty, Map<String, String> labels) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HostConfig(long memory, long memorySwap, long nanoCpus, String networkMode, RestartPolicy restartPolicy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RestartPolicy(String name, int maximumRetryCount) {
    }

    /** The name without Docker's leading slash. */
    String shortName() {
        return name == null ? id.substring(0, Math.min(12, id.length())) : name.replaceFirst("^/", "");
    }

    State stateOrEmpty() {
        return state == null ? new State("unknown", false, false, false, false, false, 0, 0, "", null, null, null) : state;
    }

    /** Running or about to run again by its restart policy. */
    boolean up() {
        return stateOrEmpty().running() || stateOrEmpty().restarting();
    }

    boolean tty() {
        return config != null && config.tty();
    }

    String imageName() {
        return config == null || config.image() == null ? image : config.image();
    }

    String restartPolicy() {
        RestartPolicy p = hostConfig == null ? null : hostConfig.restartPolicy();
        if (p == null || p.name() == null || p.name().isBlank()) {
            return "no";
        }
        return p.name() + (p.maximumRetryCount() > 0 ? ":" + p.maximumRetryCount() : "");
    }

    /** Seconds since it started, 0 when it is not running. */
    long uptimeSeconds(Instant now) {
        Instant started = Times.parse(stateOrEmpty().startedAt());
        return stateOrEmpty().running() && started != null ? Math.max(0, now.getEpochSecond() - started.getEpochSecond()) : 0;
    }
}
