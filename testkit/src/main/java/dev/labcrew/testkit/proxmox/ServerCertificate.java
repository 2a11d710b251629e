package dev.labcrew.testkit.proxmox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The server's self-signed certificate (SANs {@code localhost} and {@code 127.0.0.1}), marked as a CA so its PEM
 * also works as a CA file for clients such as curl.
 */
final class ServerCertificate {
  private final HeldCertificate held;
  private final SSLContext sslContext;

  ServerCertificate(String commonName) {
    held = new HeldCertificate.Builder()
        .commonName(commonName)
        .organizationalUnit("PVE Cluster Node")
        .addSubjectAlternativeName("localhost")
        .addSubjectAlternativeName("127.0.0.1")
        .certificateAuthority(0)
        .duration(3650, TimeUnit.DAYS)
        .build();
    sslContext = new HandshakeCertificates.Builder().heldCertificate(held).build().sslContext();
  }

  SSLContext sslContext() {
    return sslContext;
  }

  String pem() {
    return held.certificatePem();
  }

  /** SHA-256 of the DER certificate as Proxmox shows it: upper-case hex pairs joined by colons. */
  String fingerprint() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(held.certificate().getEncoded());
      StringJoiner hex = new StringJoiner(":");
      for (byte b : hash) {
        hex.add(String.format("%02X", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint the server certificate", e);
    }
  }
}
