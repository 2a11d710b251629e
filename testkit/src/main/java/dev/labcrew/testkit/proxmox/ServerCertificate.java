package dev.labcrew.testkit.proxmox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import okhttp3.tls.HeldCertificate;

/**
 * The server's self-signed certificate (SANs {@code localhost} and {@code 127.0.0.1}), marked as a CA so its PEM
 * also works as a CA file for clients such as curl.
 */
final class ServerCertificate {
  private final HeldCertificate held;
  private SSLContext sslContext;

  ServerCertificate(String commonName) {
    this(create(commonName));
  }

  private ServerCertificate(HeldCertificate held) {
    this.held = held;
  }

  /**
   * The certificate kept in {@code file} (certificate and PKCS#8 key in PEM, readable by its owner only), made and
   * written there when the file is missing, unreadable or for another name. Making a key pair and signing takes a
   * cold JVM a few hundred milliseconds; a command-line simulator started again and again reads it instead.
   */
  static ServerCertificate kept(Path file, String commonName) {
    try {
      if (Files.isRegularFile(file)) {
        HeldCertificate held = HeldCertificate.decode(Files.readString(file, StandardCharsets.US_ASCII));
        if (held.certificate().getSubjectX500Principal().getName().contains("CN=" + commonName)
            && held.certificate().getNotAfter().toInstant().isAfter(Instant.now().plus(Duration.ofDays(30)))) {
          return new ServerCertificate(held);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // unreadable or damaged: made again below
    }
    HeldCertificate held = create(commonName);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".certificate", ".pem",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(temporary, held.certificatePem() + held.privateKeyPkcs8Pem(), StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException e) {
      // not kept: the next start makes one again
    }
    return new ServerCertificate(held);
  }

  private static HeldCertificate create(String commonName) {
    return new HeldCertificate.Builder()
        .commonName(commonName)
        .organizationalUnit("PVE Cluster Node")
        .addSubjectAlternativeName("localhost")
        .addSubjectAlternativeName("127.0.0.1")
        .certificateAuthority(0)
        .duration(3650, TimeUnit.DAYS)
        .build();
  }

  /**
   * The server's TLS context, made on first use. Its key manager hands JSSE the held key directly: going through a
   * key store (as OkHttp's {@code HandshakeCertificates} does) encrypts the key into PKCS#12 and decrypts it again,
   * two PBKDF2 runs of 10,000 HMAC-SHA256 rounds that took a cold JVM about 100 ms of the demo lab's start. No trust
   * managers: the simulator never asks for a client certificate (an empty array also keeps JSSE from loading the
   * JDK's trust store).
   */
  synchronized SSLContext sslContext() {
    if (sslContext == null) {
      try {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {new HeldKeyManager(held)}, new TrustManager[0], null);
        sslContext = context;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot make the simulator's TLS context", e);
      }
    }
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
