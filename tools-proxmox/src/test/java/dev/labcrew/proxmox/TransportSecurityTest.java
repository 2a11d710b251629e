package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleartext is refused unless asked for, and a config says how its requests travel. */
class TransportSecurityTest {

    private static ProxmoxConfig.Builder valid() {
        return ProxmoxConfig.builder().tokenId(PveMock.TOKEN_ID).tokenSecret(PveMock.SECRET);
    }

    private static Map<String, String> env(String url, String... more) {
        Map<String, String> env = new HashMap<>(Map.of("PROXMOX_URL", url, "PROXMOX_TOKEN_ID", PveMock.TOKEN_ID,
                "PROXMOX_TOKEN_SECRET", PveMock.SECRET));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://pve1.lan:8006", "HTTP://pve1.lan/api2/json", "http://127.0.0.1:9"})
    void should_refuse_an_http_url_naming_the_setting_that_allows_it(String url) {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> valid().url(url).build());

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.getMessage()).contains("cleartext").doesNotContain(PveMock.SECRET).doesNotContain("\n");
        assertThat(e.hint()).contains("PROXMOX_ALLOW_HTTP=true").contains("https://").doesNotContain(PveMock.SECRET);
    }

    @Test
    void should_refuse_http_from_the_environment_and_in_the_host_form() {
        LabcrewException url = catchThrowableOfType(LabcrewException.class,
                () -> ProxmoxConfig.fromEnv(env("http://127.0.0.1:9")));
        LabcrewException host = catchThrowableOfType(LabcrewException.class,
                () -> valid().host("http://pve1.lan:8006").build());

        assertThat(url.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(url.hint()).contains("PROXMOX_ALLOW_HTTP");
        assertThat(host.hint()).contains("PROXMOX_ALLOW_HTTP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "yes", "TRUE"})
    void should_accept_http_when_allowed_and_call_it_cleartext(String value) {
        ProxmoxConfig fromEnv = ProxmoxConfig.fromEnv(env("http://127.0.0.1:9", "PROXMOX_ALLOW_HTTP", value));
        ProxmoxConfig built = valid().url("http://pve1.lan:8006").allowHttp(true).build();

        assertThat(fromEnv.baseUrl()).isEqualTo("http://127.0.0.1:9/api2/json");
        assertThat(fromEnv.transportSecurity()).isEqualTo(TransportSecurity.CLEARTEXT);
        assertThat(built.transportSecurity()).isEqualTo(TransportSecurity.CLEARTEXT);
        assertThat(TransportSecurity.CLEARTEXT.isProtected()).isFalse();
    }

    @Test
    void should_keep_refusing_http_when_the_setting_is_false() {
        LabcrewException e = catchThrowableOfType(LabcrewException.class,
                () -> ProxmoxConfig.fromEnv(env("http://127.0.0.1:9", "PROXMOX_ALLOW_HTTP", "false")));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
    }

    @Test
    void should_name_the_trust_in_force_for_https() {
        String ca = new HeldCertificate.Builder().certificateAuthority(0).build().certificatePem();
        String pin = "ab".repeat(32);

        assertThat(valid().host("pve1").build().transportSecurity()).isEqualTo(TransportSecurity.VERIFIED);
        assertThat(valid().host("pve1").caPem(ca).build().transportSecurity()).isEqualTo(TransportSecurity.VERIFIED);
        assertThat(valid().host("pve1").fingerprint(pin).build().transportSecurity()).isEqualTo(TransportSecurity.PINNED);
        assertThat(valid().host("pve1").insecure(true).build().transportSecurity()).isEqualTo(TransportSecurity.NOT_VERIFIED);
        assertThat(valid().host("pve1").insecure(true).fingerprint(pin).build().transportSecurity())
                .as("the pin wins over the insecure flag, as in the TLS setup").isEqualTo(TransportSecurity.PINNED);
        assertThat(TransportSecurity.NOT_VERIFIED.label()).isEqualTo("NOT VERIFIED");
    }

    @Test
    void should_warn_on_every_client_started_over_http_without_the_secret() {
        ProxmoxConfig config = valid().url("http://127.0.0.1:9").allowHttp(true).build();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ProxmoxClient.create(config).close();
            ProxmoxClient.create(config).close();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(log.split("cleartext http", -1)).as(log).hasSize(3);
        assertThat(log).contains("PROXMOX_ALLOW_HTTP").doesNotContain(PveMock.SECRET);
    }
}
