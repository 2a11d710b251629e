package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.internal.Fingerprints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxmoxClientTlsTest {
    // like a PVE node: a cluster CA (pve-root-ca) signing the node's pve-ssl certificate
    private static final HeldCertificate ROOT_CA = new HeldCertificate.Builder()
            .certificateAuthority(0).commonName("Proxmox Virtual Environment").build();
    private static final HeldCertificate NODE = nodeCertificate("localhost", "127.0.0.1");
    private static final HeldCertificate OTHER_NAME = nodeCertificate("pve1.example.net");

    private final MockWebServer server = new MockWebServer();

    private static HeldCertificate nodeCertificate(String... names) {
        HeldCertificate.Builder builder = new HeldCertificate.Builder().commonName(names[0]).signedBy(ROOT_CA);
        for (String name : names) {
            builder.addSubjectAlternativeName(name);
        }
        return builder.build();
    }

    @BeforeEach
    void start() throws Exception {
        serve(NODE);
    }

    private void serve(HeldCertificate certificate) throws Exception {
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder()
                .heldCertificate(certificate, ROOT_CA.certificate()).build();
        server.useHttps(serverCerts.sslSocketFactory());
        server.start();
        server.enqueue(PveMock.fixture("version/pve8.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProxmoxConfig.Builder config() {
        return PveMock.config(server).retry(1, Duration.ZERO, Duration.ZERO);
    }

    private static String versionThrough(ProxmoxConfig config) {
        try (ProxmoxClient client = ProxmoxClient.create(config)) {
            return client.cluster().version().version();
        }
    }

    private static ProxmoxException failureThrough(ProxmoxConfig config) {
        try (ProxmoxClient client = ProxmoxClient.create(config)) {
            ProxmoxException e = catchThrowableOfType(ProxmoxException.class, () -> client.get("/version", Map.of()));
            assertThat(e).isNotNull();
            return e;
        }
    }

    @Test
    void should_connect_when_trusting_the_cluster_ca_from_a_pem_file(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("pve-root-ca.pem"), ROOT_CA.certificatePem());

        assertThat(server.url("/").isHttps()).isTrue();
        assertThat(versionThrough(config().caFile(ca).build())).isEqualTo("8.2.4");
    }

    @Test
    void should_connect_with_the_correct_fingerprint_pin() {
        String pin = Fingerprints.sha256(NODE.certificate());

        assertThat(versionThrough(config().fingerprint(pin.toLowerCase()).build())).isEqualTo("8.2.4");
    }

    @Test
    void should_accept_a_pin_written_without_colons() {
        String pin = Fingerprints.sha256(NODE.certificate()).replace(":", "");

        assertThat(versionThrough(config().fingerprint(pin).build())).isEqualTo("8.2.4");
    }

    @Test
    void should_refuse_a_wrong_pin_with_a_tls_error() {
        String wrong = Fingerprints.sha256(ROOT_CA.certificate());

        ProxmoxException e = failureThrough(config().fingerprint(wrong).build());

        assertThat(e.kind()).isEqualTo(ErrorKind.TLS);
        assertThat(e.getMessage()).contains("does not match the pinned fingerprint")
                .contains(Fingerprints.sha256(NODE.certificate()));
        assertThat(e.hint()).contains("PROXMOX_FINGERPRINT");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void should_refuse_a_self_signed_node_under_default_trust_and_show_its_fingerprint() {
        ProxmoxException e = failureThrough(config().build());

        assertThat(e.kind()).isEqualTo(ErrorKind.TLS);
        assertThat(e.status()).isZero();
        assertThat(e.hint()).contains("PROXMOX_CA_FILE").contains("PROXMOX_FINGERPRINT")
                .contains("SHA-256 " + Fingerprints.sha256(NODE.certificate()));
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void should_connect_when_insecure() {
        assertThat(versionThrough(config().insecure(true).build())).isEqualTo("8.2.4");
    }

    @Test
    void should_prefer_the_pin_over_insecure() {
        String wrong = Fingerprints.sha256(ROOT_CA.certificate());

        assertThat(failureThrough(config().insecure(true).fingerprint(wrong).build()).kind()).isEqualTo(ErrorKind.TLS);
    }

    @Test
    void should_check_the_host_name_when_trusting_a_ca() throws Exception {
        server.close();
        try (MockWebServer misnamed = new MockWebServer()) {
            HandshakeCertificates certs = new HandshakeCertificates.Builder()
                    .heldCertificate(OTHER_NAME, ROOT_CA.certificate()).build();
            misnamed.useHttps(certs.sslSocketFactory());
            misnamed.start();
            ProxmoxConfig config = PveMock.config(misnamed).retry(1, Duration.ZERO, Duration.ZERO)
                    .caPem(ROOT_CA.certificatePem()).build();

            ProxmoxException e = failureThrough(config);

            assertThat(e.kind()).isEqualTo(ErrorKind.TLS);
            assertThat(e.getMessage()).contains("does not name");
        }
    }

    @Test
    void should_skip_the_host_name_check_when_pinned() throws Exception {
        server.close();
        try (MockWebServer misnamed = new MockWebServer()) {
            HandshakeCertificates certs = new HandshakeCertificates.Builder()
                    .heldCertificate(OTHER_NAME, ROOT_CA.certificate()).build();
            misnamed.useHttps(certs.sslSocketFactory());
            misnamed.start();
            misnamed.enqueue(PveMock.fixture("version/pve8.json"));
            ProxmoxConfig config = PveMock.config(misnamed)
                    .fingerprint(Fingerprints.sha256(OTHER_NAME.certificate())).build();

            assertThat(versionThrough(config)).isEqualTo("8.2.4");
        }
    }
}
