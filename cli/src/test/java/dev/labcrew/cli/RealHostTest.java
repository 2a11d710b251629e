package dev.labcrew.cli;

import static dev.labcrew.cli.ToolsCommandTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a configured host (a FakeProxmox standing in for one), as a user sets it up. */
class RealHostTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    @TempDir
    Path dir;

    private Map<String, String> env(String tokenId, String secret) throws IOException {
        FakeProxmox fake = pve.fake();
        Path ca = fake.writeCaFile(dir.resolve("ca.pem"));
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        env.put("PROXMOX_URL", fake.baseUrl());
        env.put("PROXMOX_TOKEN_ID", tokenId);
        env.put("PROXMOX_TOKEN_SECRET", secret);
        env.put("PROXMOX_CA_FILE", ca.toString());
        return env;
    }

    @Test
    void should_call_tools_on_a_configured_host_with_a_ca_file() throws IOException {
        Cli cli = Cli.run(env(pve.fake().tokenId(), pve.fake().tokenSecret()), "tools", "call", "list_lxc_containers");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("ugreen-ai-terminal");
        assertThat(cli.err()).doesNotContain("demo lab");
    }

    @Test
    void should_read_settings_from_the_properties_file() throws IOException {
        Map<String, String> env = env(pve.fake().tokenId(), pve.fake().tokenSecret());
        Path file = dir.resolve("config/labcrew/labcrew.properties");
        Files.createDirectories(file.getParent());
        StringBuilder properties = new StringBuilder();
        for (String key : new String[] {"PROXMOX_URL", "PROXMOX_TOKEN_ID", "PROXMOX_TOKEN_SECRET", "PROXMOX_CA_FILE"}) {
            properties.append(key).append('=').append(env.remove(key).replace("\\", "\\\\")).append('\n');
        }
        Files.writeString(file, properties);
        assertThat(Cli.run(env, "tools", "call", "check_lxc_status", "vmid=200").out()).contains("running");
    }

    @Test
    void should_pass_doctor_with_a_full_token() throws IOException {
        Cli cli = Cli.run(env(pve.fake().tokenId(), pve.fake().tokenSecret()), "doctor");
        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.out()).contains("RESULT ok").contains("TLS verified");
    }

    @Test
    void should_report_degraded_when_the_token_lacks_privileges() throws IOException {
        FakeProxmox fake = pve.fake();
        Cli cli = Cli.run(env("auditor@pve!readonly", fake.token("auditor@pve!readonly").secret()), "doctor");
        assertThat(cli.exitCode()).as(cli.all()).isEqualTo(2);
        assertThat(cli.out()).contains("Sys.Syslog on /nodes/pve1").contains("RESULT degraded");
    }

    @Test
    void should_fail_doctor_and_tools_on_a_rejected_secret_without_echoing_it() throws IOException {
        String wrong = "11111111-2222-3333-4444-555555555555";
        Map<String, String> env = env(pve.fake().tokenId(), wrong);
        Cli doctor = Cli.run(env, "doctor");
        assertThat(doctor.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(doctor.out()).contains("FAIL").contains("rejected the API token");
        Cli tool = Cli.run(env, "tools", "call", "list_lxc_containers");
        assertThat(tool.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(tool.all()).doesNotContain(wrong);
        assertNoStackTrace(tool);
    }

    @Test
    void should_fail_on_an_unreachable_host_in_one_line() throws IOException {
        Map<String, String> env = env(pve.fake().tokenId(), pve.fake().tokenSecret());
        env.put("PROXMOX_URL", "https://127.0.0.1:9");
        Cli cli = Cli.run(env, "tools", "call", "list_lxc_containers");
        assertThat(cli.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(cli.err()).contains("hint:").contains("PROXMOX_URL");
        assertNoStackTrace(cli);
    }

    @Test
    void should_fail_on_an_untrusted_certificate_with_the_fingerprint_to_pin() throws IOException {
        Map<String, String> env = env(pve.fake().tokenId(), pve.fake().tokenSecret());
        env.remove("PROXMOX_CA_FILE");
        Cli cli = Cli.run(env, "doctor");
        assertThat(cli.exitCode()).isEqualTo(Labcrew.FAILED);
        assertThat(cli.out()).contains(pve.fake().fingerprint());
        env.put("PROXMOX_FINGERPRINT", pve.fake().fingerprint());
        assertThat(Cli.run(env, "doctor").exitCode()).isZero();
    }
}
