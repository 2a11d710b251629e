package dev.labcrew.proxmox.internal;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;

/** Maps failures without an HTTP response (connect, TLS, timeout, reset) to a {@link ProxmoxException}. */
final class IoErrors {
    private final HttpUrl base;
    private final TlsSetup tls;
    private final Duration readTimeout;
    private final Duration timeout;

    IoErrors(HttpUrl base, TlsSetup tls, Duration readTimeout, Duration timeout) {
        this.base = base;
        this.tls = tls;
        this.readTimeout = readTimeout;
        this.timeout = timeout;
    }

    ProxmoxException map(String method, String path, IOException e) {
        String server = base.host() + ":" + base.port();
        String cause = Texts.oneLine(rootMessage(e));
        if (e instanceof SSLPeerUnverifiedException) {
            return error(ErrorKind.TLS, "TLS: the certificate of " + server + " does not name " + base.host(),
                    "connect with a name the certificate holds, or pin it with PROXMOX_FINGERPRINT" + presented(),
                    method, path, cause, e);
        }
        if (e instanceof SSLException) {
            return error(ErrorKind.TLS, "TLS handshake with " + server + " failed (" + tls.mode() + " trust): " + cause,
                    tlsHint() + (fingerprintIn(cause) ? "" : presented()), method, path, cause, e);
        }
        if (ConnectFailures.isUnresolved(e)) {
            return error(ErrorKind.UNREACHABLE, "Cannot connect to Proxmox: the host name " + base.host() + " did not resolve (DNS)",
                    "check the spelling in PROXMOX_URL/PROXMOX_HOST (now " + base + "), or use the node's IP address",
                    method, path, cause, e);
        }
        if (ConnectFailures.isConnectFailure(e)) {
            return error(ErrorKind.UNREACHABLE, "Cannot connect to Proxmox at " + server + ": " + cause,
                    "check PROXMOX_URL/PROXMOX_HOST (now " + base + ") and that pveproxy listens on that port",
                    method, path, cause, e);
        }
        if (e instanceof InterruptedIOException) {
            return error(ErrorKind.TIMEOUT, "Proxmox did not answer " + method + " " + path + " in time (" + text(readTimeout)
                    + " per read, " + text(timeout) + " per call)", "the node may be overloaded or a storage hangs; "
                    + "retry later, or raise PROXMOX_TIMEOUT (seconds per call, retries included)", method, path, cause, e);
        }
        return error(ErrorKind.UNREACHABLE, "Connection to Proxmox at " + server + " lost during " + method + " " + path
                + ": " + cause, "check the network path to " + server + " and that pveproxy is running", method, path, cause, e);
    }

    private String tlsHint() {
        switch (tls.mode()) {
            case "pinned":
                return "the certificate does not match PROXMOX_FINGERPRINT; if the node's certificate was renewed, "
                        + "read the new one with `pvenode cert info` and update PROXMOX_FINGERPRINT";
            case "ca-file":
                return "the certificate is not signed by the CA in PROXMOX_CA_FILE; use the cluster CA "
                        + "(/etc/pve/pve-root-ca.pem) or pin PROXMOX_FINGERPRINT";
            default:
                return "the certificate is not trusted by the JDK: set PROXMOX_CA_FILE to a copy of /etc/pve/pve-root-ca.pem, "
                        + "or PROXMOX_FINGERPRINT to the certificate's SHA-256 from `pvenode cert info`";
        }
    }

    private boolean fingerprintIn(String text) {
        String fingerprint = tls.lastPresentedFingerprint();
        return fingerprint != null && text.contains(fingerprint);
    }

    private String presented() {
        String fingerprint = tls.lastPresentedFingerprint();
        return fingerprint == null ? ""
                : "; the server presented SHA-256 " + fingerprint + " (compare it with `pvenode cert info` before trusting it)";
    }

    private static String text(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ProxmoxException error(ErrorKind kind, String message, String hint, String method, String path,
            String reason, IOException cause) {
        return new ProxmoxException(kind, Texts.oneLine(message), hint, method, path, 0, reason, null, cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
