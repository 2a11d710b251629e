package dev.labcrew.docker;

import dev.labcrew.core.LabcrewException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Docker engines tools may reach, by name, one of them the default. Every Docker tool takes an
 * optional {@code host} parameter naming one of these; without it, the default engine answers.
 * Clients connect lazily, so a configured but absent engine only fails the calls that reach it.
 *
 * <pre>{@code
 * try (DockerHosts hosts = DockerHosts.fromEnv()) {       // DOCKER_HOST, LABCREW_DOCKER_HOSTS, ...
 *     DockerClient nas = hosts.client("nas");
 * }
 * }</pre>
 */
public final class DockerHosts implements AutoCloseable {
    private final Map<String, DockerClient> clients;
    private final String defaultName;

    private DockerHosts(Map<String, DockerClient> clients, String defaultName) {
        this.clients = clients;
        this.defaultName = defaultName;
    }

    /** The given clients by their names; the first is the default. */
    public static DockerHosts of(DockerClient... clients) {
        if (clients.length == 0) {
            throw new IllegalArgumentException("at least one Docker client is needed");
        }
        Map<String, DockerClient> byName = new LinkedHashMap<>();
        for (DockerClient client : clients) {
            if (byName.putIfAbsent(client.name(), client) != null) {
                throw new IllegalArgumentException("two Docker hosts named " + client.name());
            }
        }
        return new DockerHosts(byName, clients[0].name());
    }

    /** The engines of the environment; see {@link #fromSettings(Map, Consumer)}. */
    public static DockerHosts fromEnv() {
        return fromEnv(System.getenv());
    }

    static DockerHosts fromEnv(Map<String, String> env) {
        return fromSettings(env, null);
    }

    /**
     * The engines named in settings that use the environment's names (the environment merged over a
     * properties file): {@code DOCKER_HOST} as {@code local} (the default), and every engine of
     * {@code LABCREW_DOCKER_HOSTS} or {@code docker.host.NAME}. Without {@code DOCKER_HOST}, the first
     * named engine is the default, or {@code /var/run/docker.sock} when none is named.
     *
     * @param trace receives one line per HTTP request, or null
     * @throws LabcrewException BAD_INPUT naming the malformed setting
     */
    public static DockerHosts fromSettings(Map<String, String> settings, Consumer<String> trace) {
        Map<String, DockerConfig.Builder> named = HostSettings.named(settings);
        Map<String, DockerConfig.Builder> all = new LinkedHashMap<>();
        if (settings.get("DOCKER_HOST") != null || named.isEmpty()) {
            all.put(DockerConfig.DEFAULT_NAME, HostSettings.defaultHost(settings));
        }
        named.forEach(all::putIfAbsent);
        List<DockerClient> clients = new ArrayList<>();
        all.values().forEach(b -> clients.add(DockerClient.create(b.trace(trace).build())));
        return of(clients.toArray(DockerClient[]::new));
    }

    /** Whether the settings name any engine ({@code DOCKER_HOST}, {@code LABCREW_DOCKER_HOSTS}, {@code docker.host.*}). */
    public static boolean isConfigured(Map<String, String> settings) {
        return HostSettings.isConfigured(settings);
    }

    /**
     * The engine of that name, or the default one for null or blank.
     *
     * @throws LabcrewException BAD_INPUT naming the known hosts when there is no such engine
     */
    public DockerClient client(String name) {
        if (name == null || name.isBlank()) {
            return clients.get(defaultName);
        }
        DockerClient client = clients.get(name.trim());
        if (client == null) {
            throw LabcrewException.badInput("No Docker host named '" + name.trim() + "'",
                "known hosts: " + String.join(", ", clients.keySet()) + "; omit host for " + defaultName);
        }
        return client;
    }

    /** Every engine, the default first. */
    public List<DockerClient> all() {
        return List.copyOf(clients.values());
    }

    public String defaultName() {
        return defaultName;
    }

    @Override
    public void close() {
        clients.values().forEach(DockerClient::close);
    }
}
