package dev.labcrew.docker;

import dev.labcrew.core.LabcrewException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Docker engines from settings with the names users already have: {@code DOCKER_HOST},
 * {@code DOCKER_TLS_VERIFY}, {@code DOCKER_CERT_PATH}, plus named engines in
 * {@code LABCREW_DOCKER_HOSTS=nas=unix:///run/docker.sock,media=tcp://10.0.0.5:2376} or
 * {@code docker.host.NAME=URI} keys (with optional {@code docker.host.NAME.cert_path}).
 */
final class HostSettings {
    private static final Logger LOG = LoggerFactory.getLogger(HostSettings.class);
    static final String HOSTS = "LABCREW_DOCKER_HOSTS";
    static final String PREFIX = "docker.host.";
    private static final Set<String> SCHEMES = Set.of("unix", "tcp", "http", "https");

    private HostSettings() {
    }

    static boolean isConfigured(Map<String, String> settings) {
        return value(settings, "DOCKER_HOST") != null || value(settings, HOSTS) != null
            || settings.keySet().stream().anyMatch(k -> k.startsWith(PREFIX));
    }

    static DockerConfig.Builder defaultHost(Map<String, String> settings) {
        String host = value(settings, "DOCKER_HOST");
        return withTls(DockerConfig.builder().name(DockerConfig.DEFAULT_NAME), host == null ? DockerConfig.DEFAULT_HOST : host,
            settings, null);
    }

    /** Named engines in the order they were given; {@code LABCREW_DOCKER_HOSTS} first, then the keys, by name. */
    static Map<String, DockerConfig.Builder> named(Map<String, String> settings) {
        Map<String, DockerConfig.Builder> hosts = new LinkedHashMap<>();
        String list = value(settings, HOSTS);
        if (list != null) {
            for (String entry : list.split(",")) {
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw LabcrewException.badInput(HOSTS + " entry '" + entry.trim() + "' is not NAME=URI",
                        "e.g. " + HOSTS + "=nas=unix:///run/docker.sock,media=tcp://10.0.0.5:2376");
                }
                add(hosts, entry.substring(0, eq).trim(), entry.substring(eq + 1).trim(), settings);
            }
        }
        new TreeMap<>(settings).forEach((key, uri) -> {
            String name = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : null;
            if (name != null && !name.contains(".") && !uri.isBlank()) {
                add(hosts, name, uri.trim(), settings);
            }
        });
        return hosts;
    }

    private static void add(Map<String, DockerConfig.Builder> hosts, String name, String uri, Map<String, String> settings) {
        hosts.put(name, withTls(DockerConfig.builder().name(name), uri, settings, name));
    }

    private static DockerConfig.Builder withTls(DockerConfig.Builder builder, String host, Map<String, String> settings, String name) {
        builder.host(host);
        String scheme = parseHost(host).getScheme().toLowerCase();
        boolean tcp = !"unix".equals(scheme);
        String own = name == null ? null : value(settings, PREFIX + name + ".cert_path");
        String verify = value(settings, "DOCKER_TLS_VERIFY");
        boolean tls = own != null || (tcp && verify != null && !Set.of("0", "false", "no").contains(verify.toLowerCase()));
        if (tls) {
            String certs = own != null ? own : value(settings, "DOCKER_CERT_PATH");
            builder.tlsVerify(true).certPath(certs == null ? null : Path.of(certs));
        } else if (tcp && !"https".equals(scheme)) {
            LOG.warn("Docker engine {} at {} without TLS: requests travel in cleartext and anyone who reaches the port "
                + "controls the engine; set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH", name == null ? DockerConfig.DEFAULT_NAME : name, host);
        }
        return builder;
    }

    static URI parseHost(String host) {
        String text = host.startsWith("/") ? "unix://" + host : host;
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw badHost(host, "it is not a URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (scheme.equals("ssh") || scheme.equals("npipe")) {
            throw LabcrewException.badInput("Docker host " + host + ": " + scheme + ":// is not supported",
                "forward the engine's socket (ssh -L /tmp/docker.sock:/var/run/docker.sock HOST) and use unix:///tmp/docker.sock");
        }
        if (!SCHEMES.contains(scheme)) {
            throw badHost(host, "the scheme must be unix:// or tcp://");
        }
        if (scheme.equals("unix") ? uri.getPath() == null || uri.getPath().isBlank() : uri.getHost() == null) {
            throw badHost(host, scheme.equals("unix") ? "it names no socket file" : "it names no host");
        }
        return uri;
    }

    private static LabcrewException badHost(String host, String why) {
        return LabcrewException.badInput("Invalid Docker host '" + host + "': " + why,
            "use unix:///var/run/docker.sock or tcp://HOST:2376 (DOCKER_HOST, " + HOSTS + ")");
    }

    private static String value(Map<String, String> settings, String name) {
        String v = settings.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
