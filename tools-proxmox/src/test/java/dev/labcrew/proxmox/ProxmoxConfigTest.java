package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProxmoxConfigTest {

    private static ProxmoxConfig.Builder valid() {
        return ProxmoxConfig.builder().host("pve1.lan").tokenId(PveMock.TOKEN_ID).tokenSecret(PveMock.SECRET);
    }

    private static LabcrewException badInput(ProxmoxConfig.Builder builder) {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, builder::build);
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.getMessage()).doesNotContain(PveMock.SECRET).doesNotContain("\n");
        return e;
    }

    @ParameterizedTest
    @CsvSource({
        "pve1.lan, https://pve1.lan:8006/api2/json",
        "pve1.lan:443, https://pve1.lan/api2/json",
        "192.168.10.11:8443, https://192.168.10.11:8443/api2/json",
        "https://pve1.lan:8006, https://pve1.lan:8006/api2/json",
        "'[fd00::11]', 'https://[fd00::11]:8006/api2/json'",
    })
    void should_turn_a_host_into_the_api_base_url(String host, String expected) {
        assertThat(valid().host(host).build().baseUrl()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "https://pve1.lan:8006, https://pve1.lan:8006/api2/json",
        "https://pve1.lan:8006/, https://pve1.lan:8006/api2/json",
        "https://pve1.lan:8006/api2/json, https://pve1.lan:8006/api2/json",
        "https://pve1.lan:8006/api2/json/, https://pve1.lan:8006/api2/json",
        "https://lab.example.net/pve/, https://lab.example.net/pve/api2/json",
        "pve1.lan, https://pve1.lan:8006/api2/json",
    })
    void should_normalize_a_url_to_end_with_api2_json(String url, String expected) {
        assertThat(valid().url(url).build().baseUrl()).isEqualTo(expected);
    }

    @Test
    void should_apply_defaults() {
        ProxmoxConfig config = valid().build();

        assertThat(config.tokenId()).isEqualTo("root@pam!labcrew");
        assertThat(config.defaultNode()).isNull();
        assertThat(config.tlsMode()).isEqualTo("system");
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.maxAttempts()).isEqualTo(4);
    }

    @Test
    void should_require_an_address() {
        LabcrewException e = badInput(ProxmoxConfig.builder().tokenId(PveMock.TOKEN_ID).tokenSecret(PveMock.SECRET));

        assertThat(e.hint()).contains("PROXMOX_HOST").contains("PROXMOX_URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root@pam", "labcrew", "root@pam!a!b", "root!labcrew", "root@pam!", "root@1pam!labcrew"})
    void should_reject_a_malformed_token_id_and_show_the_expected_format(String tokenId) {
        LabcrewException e = badInput(valid().tokenId(tokenId));

        assertThat(e.getMessage()).contains(tokenId);
        assertThat(e.hint()).contains("USER@REALM!TOKENID");
    }

    @Test
    void should_name_the_part_of_the_token_id_that_is_wrong() {
        assertThat(badInput(valid().tokenId("root@pam!x")).getMessage()).contains("token name 'x'").contains("2 characters");
        assertThat(badInput(valid().tokenId("root!labcrew")).getMessage()).contains("'root' is not USER@REALM");
        assertThat(badInput(valid().tokenId("root@pam")).getMessage()).contains("exactly one '!'");
    }

    @Test
    void should_not_echo_a_token_id_that_carries_the_secret() {
        LabcrewException e = badInput(valid().tokenId(PveMock.TOKEN_ID + "=" + PveMock.SECRET));

        assertThat(e.getMessage()).contains("'='");
        assertThat(e.hint()).doesNotContain(PveMock.SECRET);
    }

    @Test
    void should_require_the_secret() {
        LabcrewException e = badInput(valid().tokenSecret(" "));

        assertThat(e.getMessage()).contains("PROXMOX_TOKEN_SECRET");
    }

    @Test
    void should_never_print_the_secret_in_to_string() {
        String text = valid().fingerprint("ab".repeat(32)).build().toString();

        assertThat(text).doesNotContain(PveMock.SECRET).contains("root@pam!labcrew").contains("tls=pinned");
    }

    @Test
    void should_normalize_the_fingerprint_to_upper_case_colon_hex() {
        ProxmoxConfig config = valid().fingerprint("0a1b" + "cd".repeat(30)).build();

        assertThat(config.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}").startsWith("0A:1B:CD");
    }

    @Test
    void should_reject_a_fingerprint_that_is_not_sha256() {
        LabcrewException e = badInput(valid().fingerprint("AB:CD:EF"));

        assertThat(e.getMessage()).contains("PROXMOX_FINGERPRINT");
    }

    @Test
    void should_reject_an_unreadable_ca_file() {
        LabcrewException e = badInput(valid().caFile(Path.of("/nonexistent/pve-root-ca.pem")));

        assertThat(e.getMessage()).contains("PROXMOX_CA_FILE").contains("/nonexistent/pve-root-ca.pem");
    }

    @Test
    void should_reject_a_ca_pem_without_certificates() {
        assertThat(badInput(valid().caPem("not a certificate")).getMessage()).contains("PEM");
    }

    @Test
    void should_reject_invalid_retry_and_timeouts() {
        badInput(valid().retry(0, Duration.ofMillis(100), Duration.ofSeconds(1)));
        badInput(valid().retry(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        badInput(valid().readTimeout(Duration.ZERO));
        badInput(valid().timeout(Duration.ZERO));
    }
}
