package dev.labcrew.proxmox.internal;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how to trust the server: a pinned fingerprint (no hostname check: the pin is stronger),
 * exactly the configured CA, everything (warns once), or the JDK trust store.
 */
final class TlsSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TlsSetup.class);
    private static final AtomicBoolean WARNED_INSECURE = new AtomicBoolean();

    private final String mode;
    private final RecordingTrustManager trustManager;

    private TlsSetup(String mode, X509TrustManager trustManager) {
        this.mode = mode;
        this.trustManager = new RecordingTrustManager(trustManager);
    }

    static TlsSetup create(String caPem, String fingerprint, boolean insecure) {
        if (fingerprint != null) {
            return new TlsSetup("pinned", new PinnedTrustManager(fingerprint));
        }
        if (caPem != null) {
            return new TlsSetup("ca-file", trustingOnly(PemCertificates.parse(caPem, "PROXMOX_CA_FILE")));
        }
        if (insecure) {
            if (WARNED_INSECURE.compareAndSet(false, true)) {
                LOG.warn("TLS verification disabled (PROXMOX_VERIFY_SSL=false): use PROXMOX_FINGERPRINT or PROXMOX_CA_FILE instead");
            }
            return new TlsSetup("insecure", new InsecureTrustManager());
        }
        return new TlsSetup("system", trustingOnly(null));
    }

    /** "pinned", "ca-file", "insecure" or "system". */
    String mode() {
        return mode;
    }

    String lastPresentedFingerprint() {
        return trustManager.lastPresentedFingerprint();
    }

    void apply(OkHttpClient.Builder builder) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            builder.sslSocketFactory(context.getSocketFactory(), trustManager);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise TLS", e);
        }
        if (mode.equals("pinned") || mode.equals("insecure")) {
            builder.hostnameVerifier((host, session) -> true);
        }
    }

    private static X509TrustManager trustingOnly(List<X509Certificate> cas) {
        try {
            KeyStore store = null;
            if (cas != null) {
                store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                for (int i = 0; i < cas.size(); i++) {
                    store.setCertificateEntry("ca-" + i, cas.get(i));
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509TrustManager) {
                    return (X509TrustManager) tm;
                }
            }
            throw new IllegalStateException("no X509TrustManager available");
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot initialise TLS trust", e);
        }
    }
}
