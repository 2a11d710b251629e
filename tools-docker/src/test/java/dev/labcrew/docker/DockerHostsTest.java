package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Engines from the names users already have: DOCKER_HOST and friends, plus named hosts. */
class DockerHostsTest {
    @Test
    void should_use_the_default_socket_when_nothing_is_set() {
        DockerConfig config = DockerConfig.fromEnv(Map.of());
        assertThat(config.host()).hasToString("unix:///var/run/docker.sock");
        assertThat(config.isUnixSocket()).isTrue();
        assertThat(config.name()).isEqualTo("local");
        assertThat(DockerHosts.isConfigured(Map.of())).isFalse();
    }

    @Test
    void should_read_docker_host_with_tls_as_the_cli_does() {
        DockerConfig config = DockerConfig.fromEnv(Map.of("DOCKER_HOST", "tcp://nas.lan:2376", "DOCKER_TLS_VERIFY", "1",
            "DOCKER_CERT_PATH", "/etc/docker/certs"));
        assertThat(config.host().getHost()).isEqualTo("nas.lan");
        assertThat(config.tlsVerify()).isTrue();
        assertThat(config.certPath()).isEqualTo(Path.of("/etc/docker/certs"));
    }

    @Test
    void should_ignore_tls_verify_for_a_unix_socket_and_take_a_bare_path() {
        DockerConfig config = DockerConfig.fromEnv(Map.of("DOCKER_HOST", "/run/user/1000/docker.sock", "DOCKER_TLS_VERIFY", "1"));
        assertThat(config.host()).hasToString("unix:///run/user/1000/docker.sock");
        assertThat(config.tlsVerify()).isFalse();
    }

    @Test
    void should_read_named_hosts_from_the_list_and_from_keys() {
        Map<String, String> settings = Map.of("LABCREW_DOCKER_HOSTS", "nas=unix:///run/docker.sock, media=tcp://10.0.0.5:2375",
            "docker.host.pi", "tcp://pi.lan:2376", "docker.host.pi.cert_path", "/certs/pi");
        try (DockerHosts hosts = DockerHosts.fromEnv(settings)) {
            assertThat(hosts.all()).extracting(DockerClient::name).containsExactly("nas", "media", "pi");
            assertThat(hosts.defaultName()).isEqualTo("nas");
            assertThat(hosts.client(null).name()).isEqualTo("nas");
            assertThat(hosts.client("media").config().host().getPort()).isEqualTo(2375);
            assertThat(hosts.client("pi").config().tlsVerify()).isTrue();
            assertThat(hosts.client("pi").config().certPath()).isEqualTo(Path.of("/certs/pi"));
            assertThat(DockerHosts.isConfigured(settings)).isTrue();
        }
    }

    @Test
    void should_make_docker_host_the_default_beside_named_hosts() {
        try (DockerHosts hosts = DockerHosts.fromEnv(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375",
                "LABCREW_DOCKER_HOSTS", "nas=unix:///run/docker.sock"))) {
            assertThat(hosts.defaultName()).isEqualTo("local");
            assertThat(hosts.all()).extracting(DockerClient::name).containsExactly("local", "nas");
        }
    }

    @Test
    void should_name_the_known_hosts_when_asked_for_an_unknown_one() {
        try (DockerHosts hosts = DockerHosts.fromEnv(Map.of("LABCREW_DOCKER_HOSTS", "nas=unix:///run/docker.sock"))) {
            LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> hosts.client("media"));
            assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
            assertThat(e.getMessage()).contains("media");
            assertThat(e.hint()).contains("nas");
        }
    }

    @Test
    void should_refuse_malformed_and_unsupported_hosts_naming_the_setting() {
        LabcrewException ssh = catchThrowableOfType(LabcrewException.class,
            () -> DockerConfig.fromEnv(Map.of("DOCKER_HOST", "ssh://me@nas")));
        assertThat(ssh.getMessage()).contains("ssh:// is not supported");
        assertThat(ssh.hint()).contains("ssh -L");
        LabcrewException scheme = catchThrowableOfType(LabcrewException.class,
            () -> DockerConfig.fromEnv(Map.of("DOCKER_HOST", "ftp://nas")));
        assertThat(scheme.hint()).contains("DOCKER_HOST");
        LabcrewException entry = catchThrowableOfType(LabcrewException.class,
            () -> DockerHosts.fromEnv(Map.of("LABCREW_DOCKER_HOSTS", "nas")));
        assertThat(entry.getMessage()).contains("not NAME=URI");
    }
}
