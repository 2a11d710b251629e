package dev.labcrew.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;

/**
 * The baseline of the runtime overhead: what a program without Labcrew would do to read the same endpoints, an OkHttp
 * GET with the token header over the same verified TLS, and a Jackson parse of the body. No retries, no error mapping,
 * no rendering, no redaction.
 */
final class BareClient implements AutoCloseable {
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String authorization;

    BareClient(FakeProxmox fake) {
        HandshakeCertificates trust = new HandshakeCertificates.Builder()
            .addTrustedCertificate(Certificates.decodeCertificatePem(fake.certificatePem())).build();
        http = new OkHttpClient.Builder().sslSocketFactory(trust.sslSocketFactory(), trust.trustManager()).build();
        base = fake.baseUrl() + "/api2/json";
        authorization = "PVEAPIToken=" + fake.tokenId() + "=" + fake.tokenSecret();
    }

    /** GETs {@code pathAndQuery} (below {@code /api2/json}) and parses the body. */
    JsonNode get(String pathAndQuery) {
        Request request = new Request.Builder().url(base + pathAndQuery).header("Authorization", authorization).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("bare GET " + pathAndQuery + " answered " + response.code());
            }
            return json.readTree(response.body().byteStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
