package dev.labcrew.docker.internal;

import dev.labcrew.core.LabcrewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * TLS as the Docker CLI does it with {@code DOCKER_TLS_VERIFY}: the engine's certificate must chain to
 * {@code ca.pem} and name the host, and {@code cert.pem}/{@code key.pem} are the client's identity.
 */
final class TlsSetup {
    private TlsSetup() {
    }

    static void apply(OkHttpClient.Builder builder, Path dir) {
        for (String name : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw LabcrewException.badInput("Docker TLS needs " + dir.resolve(name) + ", which does not exist",
                    "set DOCKER_CERT_PATH to the folder holding ca.pem, cert.pem and key.pem (default ~/.docker)");
            }
        }
        try {
            char[] password = new char[0];
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            List<Certificate> cas = PemFiles.certificates(dir.resolve("ca.pem"));
            for (int i = 0; i < cas.size(); i++) {
                trust.setCertificateEntry("ca" + i, cas.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyStore identity = KeyStore.getInstance(KeyStore.getDefaultType());
            identity.load(null, null);
            identity.setKeyEntry("client", PemFiles.privateKey(dir.resolve("key.pem")), password,
                PemFiles.certificates(dir.resolve("cert.pem")).toArray(Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(identity, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            builder.sslSocketFactory(context.getSocketFactory(), (X509TrustManager) tmf.getTrustManagers()[0]);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw LabcrewException.badInput("Cannot set up Docker TLS from " + dir + ": " + e.getMessage(),
                "check that cert.pem and key.pem belong together and ca.pem signed the engine's certificate");
        }
    }
}
