package dev.labcrew.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCKER_TLS_VERIFY as the CLI does it: the engine's certificate checked against ca.pem, the client's presented. */
class DockerTlsTest {
    private static final HeldCertificate CA = new HeldCertificate.Builder().certificateAuthority(0).commonName("docker CA").build();
    private static final HeldCertificate ENGINE = new HeldCertificate.Builder().commonName("localhost")
        .addSubjectAlternativeName("localhost").signedBy(CA).build();
    private static final HeldCertificate CLIENT = new HeldCertificate.Builder().commonName("labcrew").signedBy(CA).build();

    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path certs;

    @BeforeEach
    void start() throws Exception {
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(ENGINE)
            .addTrustedCertificate(CA.certificate()).build();
        server.useHttps(serverCerts.sslSocketFactory());
        server.requireClientAuth();
        server.start();
        server.enqueue(new MockResponse(200, Headers.of("Content-Type", "application/json"),
            "{\"Version\":\"29.1.3\",\"ApiVersion\":\"1.52\",\"MinAPIVersion\":\"1.44\"}"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void write(HeldCertificate ca, String keyPem) throws IOException {
        Files.writeString(certs.resolve("ca.pem"), ca.certificatePem());
        Files.writeString(certs.resolve("cert.pem"), CLIENT.certificatePem());
        Files.writeString(certs.resolve("key.pem"), keyPem);
    }

    private DockerClient client() {
        Map<String, String> env = Map.of("DOCKER_HOST", "tcp://localhost:" + server.getPort(), "DOCKER_TLS_VERIFY", "1",
            "DOCKER_CERT_PATH", certs.toString());
        return DockerClient.create(DockerConfig.fromEnv(env));
    }

    @Test
    void should_verify_the_engine_and_present_the_client_certificate() throws Exception {
        write(CA, CLIENT.privateKeyPkcs8Pem());
        try (DockerClient client = client()) {
            assertThat(client.apiVersion()).isEqualTo("1.52");
        }
        var request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getHandshake().peerCertificates()).isNotEmpty();
        assertThat(request.getUrl().scheme()).isEqualTo("https");
    }

    @Test
    void should_read_a_pkcs1_rsa_key_as_older_openssl_writes_it() throws Exception {
        HeldCertificate rsaClient = new HeldCertificate.Builder().commonName("labcrew").rsa2048().signedBy(CA).build();
        Files.writeString(certs.resolve("ca.pem"), CA.certificatePem());
        Files.writeString(certs.resolve("cert.pem"), rsaClient.certificatePem());
        Files.writeString(certs.resolve("key.pem"), rsaClient.privateKeyPkcs1Pem());
        try (DockerClient client = client()) {
            assertThat(client.apiVersion()).isEqualTo("1.52");
        }
    }

    @Test
    void should_refuse_an_engine_signed_by_another_ca() throws Exception {
        write(new HeldCertificate.Builder().certificateAuthority(0).commonName("other CA").build(), CLIENT.privateKeyPkcs8Pem());
        try (DockerClient client = client()) {
            DockerException e = catchThrowableOfType(DockerException.class, client::apiVersion);
            assertThat(e.kind()).isEqualTo(ErrorKind.TLS);
            assertThat(e.hint()).contains("DOCKER_CERT_PATH");
        }
    }

    @Test
    void should_name_the_missing_certificate_file() {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> client().apiVersion());
        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(e.getMessage()).contains("ca.pem");
        assertThat(e.hint()).contains("DOCKER_CERT_PATH");
    }
}
