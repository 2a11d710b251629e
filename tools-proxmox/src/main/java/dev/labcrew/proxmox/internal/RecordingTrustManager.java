package dev.labcrew.proxmox.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Delegates trust decisions and remembers the last leaf certificate the server presented, so a
 * handshake failure can tell the user the server's actual fingerprint.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {
    private final X509TrustManager delegate;
    private volatile String lastPresented;

    RecordingTrustManager(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    /** SHA-256 of the last server leaf certificate seen, or {@code null}. */
    String lastPresentedFingerprint() {
        return lastPresented;
    }

    private void record(X509Certificate[] chain) {
        if (chain != null && chain.length > 0) {
            lastPresented = Fingerprints.sha256(chain[0]);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        record(chain);
        delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        record(chain);
        if (delegate instanceof X509ExtendedTrustManager) {
            ((X509ExtendedTrustManager) delegate).checkServerTrusted(chain, authType, socket);
        } else {
            delegate.checkServerTrusted(chain, authType);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        record(chain);
        if (delegate instanceof X509ExtendedTrustManager) {
            ((X509ExtendedTrustManager) delegate).checkServerTrusted(chain, authType, engine);
        } else {
            delegate.checkServerTrusted(chain, authType);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
