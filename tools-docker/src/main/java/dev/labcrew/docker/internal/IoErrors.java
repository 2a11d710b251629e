package dev.labcrew.docker.internal;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.docker.DockerConfig;
import dev.labcrew.docker.DockerException;
import java.io.IOException;
import java.io.InterruptedIOException;
import javax.net.ssl.SSLException;

/** Maps failures without an HTTP response (missing socket, refused, TLS, timeout) to a {@link DockerException}. */
final class IoErrors {
    private final DockerConfig config;

    IoErrors(DockerConfig config) {
        this.config = config;
    }

    DockerException map(String method, String path, IOException e) {
        String cause = ErrorMapper.oneLine(rootMessage(e));
        String where = "Docker engine " + config.name() + " at " + config.host();
        if (e instanceof SSLException) {
            return error(ErrorKind.TLS, "TLS with " + where + " failed: " + cause,
                "check DOCKER_CERT_PATH (now " + config.certPath() + ") holds the ca.pem, cert.pem and key.pem made for this engine",
                method, path, cause, e);
        }
        if (e instanceof InterruptedIOException && !cause.toLowerCase().contains("connect")) {
            return error(ErrorKind.TIMEOUT, where + " did not answer " + method + " " + path + " within "
                + config.readTimeout().toSeconds() + " s", "the engine may be busy; retry later", method, path, cause, e);
        }
        if (e instanceof java.net.UnknownHostException) {
            return error(ErrorKind.UNREACHABLE, "Cannot reach " + where + ": the host name " + String.valueOf(e.getMessage()).split(":")[0] + " did not resolve (DNS)",
                "check the spelling in DOCKER_HOST, or use the engine's IP address", method, path, cause, e);
        }
        if (cause.toLowerCase().contains("permission denied")) {
            return error(ErrorKind.PERMISSION_DENIED, "No permission to open the socket of " + where,
                "run as a member of the docker group (sudo usermod -aG docker $USER, then log in again), or set DOCKER_HOST",
                method, path, cause, e);
        }
        return error(ErrorKind.UNREACHABLE, "Cannot reach " + where + ": " + cause,
            config.isUnixSocket()
                ? "is the engine running? Set DOCKER_HOST to its socket (unix:///var/run/docker.sock, or $XDG_RUNTIME_DIR/docker.sock for rootless)"
                : "is the engine listening there? Check DOCKER_HOST (tcp://HOST:2376) and the firewall",
            method, path, cause, e);
    }

    private DockerException error(ErrorKind kind, String message, String hint, String method, String path,
                                  String cause, IOException e) {
        return new DockerException(kind, ErrorMapper.oneLine(message), hint, config.name(), method, path, 0, cause, e);
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
