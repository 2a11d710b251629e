package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxmoxConfigFromEnvTest {

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static Map<String, String> minimal(String... more) {
        Map<String, String> env = env("PROXMOX_HOST", "pve1.lan", "PROXMOX_TOKEN_ID", "root@pam!labcrew",
                "PROXMOX_TOKEN_SECRET", PveMock.SECRET);
        env.putAll(env(more));
        return env;
    }

    @Test
    void should_be_configured_when_host_or_url_is_set() {
        assertThat(ProxmoxConfig.isConfigured(env("PROXMOX_HOST", "pve1"))).isTrue();
        assertThat(ProxmoxConfig.isConfigured(env("PROXMOX_URL", "https://pve1:8006"))).isTrue();
        assertThat(ProxmoxConfig.isConfigured(env("PROXMOX_HOST", " ", "PROXMOX_TOKEN_ID", "x"))).isFalse();
        assertThat(ProxmoxConfig.isConfigured(Map.of())).isFalse();
    }

    @Test
    void should_read_host_token_and_node() {
        ProxmoxConfig config = ProxmoxConfig.fromEnv(minimal("PROXMOX_NODE", "pve1"));

        assertThat(config.baseUrl()).isEqualTo("https://pve1.lan:8006/api2/json");
        assertThat(config.tokenId()).isEqualTo("root@pam!labcrew");
        assertThat(config.tokenSecret()).isEqualTo(PveMock.SECRET);
        assertThat(config.defaultNode()).isEqualTo("pve1");
        assertThat(config.tlsMode()).isEqualTo("system");
    }

    @Test
    void should_prefer_the_url_over_the_host() {
        ProxmoxConfig config = ProxmoxConfig.fromEnv(minimal("PROXMOX_URL", "https://10.0.0.5:8006/api2/json/"));

        assertThat(config.baseUrl()).isEqualTo("https://10.0.0.5:8006/api2/json");
    }

    @Test
    void should_keep_the_port_given_with_the_host() {
        assertThat(ProxmoxConfig.fromEnv(minimal("PROXMOX_HOST", "pve1.lan:8443")).baseUrl())
                .isEqualTo("https://pve1.lan:8443/api2/json");
    }

    @Test
    void should_combine_a_bare_token_name_with_the_user_defaulting_to_root_at_pam() {
        assertThat(ProxmoxConfig.fromEnv(minimal("PROXMOX_TOKEN_ID", "labcrew")).tokenId()).isEqualTo("root@pam!labcrew");
        assertThat(ProxmoxConfig.fromEnv(minimal("PROXMOX_TOKEN_ID", "monitor", "PROXMOX_USER", "ops@pve")).tokenId())
                .isEqualTo("ops@pve!monitor");
    }

    @Test
    void should_not_combine_a_user_without_token_name_with_the_default_user() {
        assertThatThrownBy(() -> ProxmoxConfig.fromEnv(minimal("PROXMOX_TOKEN_ID", "root@pam")))
            .hasMessageContaining("'root@pam'").hasMessageNotContaining("root@pam!root@pam");
    }

    @Test
    void should_fail_naming_the_missing_secret_variable() {
        Map<String, String> env = minimal();
        env.remove("PROXMOX_TOKEN_SECRET");

        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> ProxmoxConfig.fromEnv(env));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.getMessage()).contains("PROXMOX_TOKEN_SECRET");
    }

    @Test
    void should_fail_naming_the_missing_token_id_variable() {
        Map<String, String> env = minimal();
        env.remove("PROXMOX_TOKEN_ID");

        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> ProxmoxConfig.fromEnv(env));

        assertThat(e.getMessage()).contains("PROXMOX_TOKEN_ID");
    }

    @Test
    void should_fail_when_nothing_is_configured() {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> ProxmoxConfig.fromEnv(Map.of()));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.hint()).contains("PROXMOX_HOST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "no", "FALSE", "off"})
    void should_turn_off_verification_when_verify_ssl_is_false(String value) {
        ProxmoxConfig config = ProxmoxConfig.fromEnv(minimal("PROXMOX_VERIFY_SSL", value));

        assertThat(config.insecure()).isTrue();
        assertThat(config.tlsMode()).isEqualTo("insecure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "yes"})
    void should_keep_verification_otherwise(String value) {
        assertThat(ProxmoxConfig.fromEnv(minimal("PROXMOX_VERIFY_SSL", value)).insecure()).isFalse();
    }

    @Test
    void should_read_the_ca_file(@TempDir Path dir) throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).build();
        Path file = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());

        ProxmoxConfig config = ProxmoxConfig.fromEnv(minimal("PROXMOX_CA_FILE", file.toString()));

        assertThat(config.tlsMode()).isEqualTo("ca-file");
        assertThat(config.caPem()).contains("BEGIN CERTIFICATE");
    }

    @Test
    void should_read_the_fingerprint() {
        String pin = "AA:" + "0B:".repeat(30) + "FF";

        ProxmoxConfig config = ProxmoxConfig.fromEnv(minimal("PROXMOX_FINGERPRINT", pin.toLowerCase()));

        assertThat(config.fingerprint()).isEqualTo(pin);
        assertThat(config.tlsMode()).isEqualTo("pinned");
    }

    @Test
    void should_read_the_deadline_of_a_call_in_seconds() {
        assertThat(ProxmoxConfig.fromEnv(minimal("PROXMOX_TIMEOUT", "15")).timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(ProxmoxConfig.fromEnv(minimal()).timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1.5", "60s", "soon"})
    void should_refuse_a_timeout_that_is_not_whole_seconds(String value) {
        LabcrewException e = catchThrowableOfType(LabcrewException.class,
                () -> ProxmoxConfig.fromEnv(minimal("PROXMOX_TIMEOUT", value)));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.getMessage()).contains("PROXMOX_TIMEOUT").contains(value);
    }
}
