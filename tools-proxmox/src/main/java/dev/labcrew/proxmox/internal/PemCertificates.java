package dev.labcrew.proxmox.internal;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads PEM certificates (one or several). Internal: not part of the API. */
public final class PemCertificates {

    private PemCertificates() {
    }

    /**
     * Parses every certificate in {@code pem}.
     *
     * @param source what to name in the error, e.g. {@code PROXMOX_CA_FILE /etc/labcrew/ca.pem}
     * @throws LabcrewException {@code BAD_INPUT} when it holds no readable certificate
     */
    public static List<X509Certificate> parse(String pem, String source) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate c : factory.generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                result.add((X509Certificate) c);
            }
            if (!result.isEmpty()) {
                return List.copyOf(result);
            }
        } catch (CertificateException | RuntimeException e) {
            throw new LabcrewException(ErrorKind.BAD_INPUT, source + " holds no readable PEM certificate",
                    "expected -----BEGIN CERTIFICATE----- blocks, e.g. a copy of /etc/pve/pve-root-ca.pem", e);
        }
        throw LabcrewException.badInput(source + " holds no PEM certificate",
                "expected -----BEGIN CERTIFICATE----- blocks, e.g. a copy of /etc/pve/pve-root-ca.pem");
    }
}
