package dev.labcrew.cli;

import static dev.labcrew.cli.ToolsCommandTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** How the command line treats the way requests travel: cleartext refused unless allowed, then warned about. */
class TransportCommandTest {
    private static final String SECRET = "s3cret-value";

    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    @TempDir
    Path dir;

    /** The simulator as a configured host, trusted by the given settings. */
    private static Map<String, String> host(String... trust) {
        FakeProxmox fake = pve.fake();
        Map<String, String> env = new HashMap<>(Map.of("PROXMOX_URL", fake.baseUrl(), "PROXMOX_TOKEN_ID", fake.tokenId(),
            "PROXMOX_TOKEN_SECRET", fake.tokenSecret()));
        for (int i = 0; i < trust.length; i += 2) {
            env.put(trust[i], trust[i + 1]);
        }
        return env;
    }

    private static Map<String, String> http(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("PROXMOX_URL", "http://127.0.0.1:9",
            "PROXMOX_TOKEN_ID", "root@pam!check", "PROXMOX_TOKEN_SECRET", SECRET));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void should_refuse_a_cleartext_url_naming_the_setting_and_never_the_secret() {
        Cli cli = Cli.run(http(), "tools", "call", "list_lxc_containers");

        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("cleartext").contains("PROXMOX_ALLOW_HTTP").contains("hint:");
        assertThat(cli.all()).doesNotContain(SECRET);
        assertNoStackTrace(cli);
    }

    @Test
    void should_warn_on_stderr_when_cleartext_is_allowed() {
        Cli cli = Cli.run(http("PROXMOX_ALLOW_HTTP", "true"), "tools", "call", "list_lxc_containers");

        assertThat(cli.err()).contains("labcrew: WARNING Proxmox API over cleartext http (PROXMOX_ALLOW_HTTP=true)");
        assertThat(cli.exitCode()).as("nothing listens on port 9").isEqualTo(Labcrew.FAILED);
        assertThat(cli.all()).doesNotContain(SECRET);
        assertNoStackTrace(cli);
    }

    @Test
    void should_warn_on_stderr_about_a_docker_engine_without_tls() {
        Cli cli = Cli.run(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375"), "tools", "call", "list_lxc_containers");

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.err()).contains("labcrew: WARNING Docker engine local at tcp://10.0.0.5:2375 without TLS")
            .contains("DOCKER_TLS_VERIFY=1");
    }

    @Test
    void should_not_warn_about_the_demo_engine() {
        Cli cli = Cli.run("tools", "call", "list_docker_containers", "--demo");

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.err()).doesNotContain("WARNING");
    }

    @Test
    void should_report_a_transport_verified_by_the_ca_file() throws IOException {
        Path ca = pve.fake().writeCaFile(dir.resolve("ca.pem"));
        Cli cli = Cli.run(host("PROXMOX_CA_FILE", ca.toString()), "doctor");

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.out()).containsPattern("(?m)^OK\\s+transport\\s+TLS verified");
    }

    @Test
    void should_report_a_pinned_transport() {
        Cli cli = Cli.run(host("PROXMOX_FINGERPRINT", pve.fake().fingerprint()), "doctor");

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.out()).containsPattern("(?m)^OK\\s+transport\\s+TLS pinned").doesNotContain("TLS verified");
    }

    @Test
    void should_report_an_unverified_transport_as_such_and_degrade() {
        Cli cli = Cli.run(host("PROXMOX_VERIFY_SSL", "false"), "doctor");

        assertThat(cli.exitCode()).as(cli.all()).isEqualTo(2);
        assertThat(cli.out()).containsPattern("(?m)^WARN\\s+transport\\s+TLS NOT VERIFIED \\(PROXMOX_VERIFY_SSL=false\\)")
            .doesNotContain("TLS verified").contains("RESULT degraded");
    }

    @Test
    void should_report_a_cleartext_transport_as_such() {
        Cli cli = Cli.run(http("PROXMOX_ALLOW_HTTP", "true"), "doctor");

        assertThat(cli.out()).containsPattern("(?m)^WARN\\s+transport\\s+cleartext http \\(PROXMOX_ALLOW_HTTP=true\\)")
            .doesNotContain("TLS verified");
        assertThat(cli.exitCode()).as("nothing listens on port 9").isEqualTo(Labcrew.FAILED);
        assertThat(cli.all()).doesNotContain(SECRET);
    }
}
