package dev.labcrew.docker.internal;

import dev.labcrew.core.LabcrewException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the PEM files of a Docker TLS folder: certificates, and a PKCS#8 or PKCS#1 (RSA) private key. */
final class PemFiles {
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");
    /** DER of {@code AlgorithmIdentifier(rsaEncryption, NULL)}, to wrap a PKCS#1 key into PKCS#8. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7,
        0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private PemFiles() {
    }

    static List<Certificate> certificates(Path file) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<Certificate> certificates = new ArrayList<>(factory.generateCertificates(new ByteArrayInputStream(read(file))));
            if (certificates.isEmpty()) {
                throw bad(file, "it holds no certificate");
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw bad(file, e.getMessage());
        }
    }

    static PrivateKey privateKey(Path file) {
        Matcher m = BLOCK.matcher(new String(read(file), StandardCharsets.US_ASCII));
        if (!m.find()) {
            throw bad(file, "it holds no PEM private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(2));
        byte[] pkcs8 = switch (m.group(1)) {
            case "PRIVATE KEY" -> der;
            case "RSA PRIVATE KEY" -> sequence(concat(new byte[] {0x02, 0x01, 0x00}, RSA_ALGORITHM, tagged(0x04, der)));
            default -> throw bad(file, "keys of type " + m.group(1) + " are not read; convert it with "
                + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key8.pem'");
        };
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException tryNext) {
                // the PEM does not say which algorithm a PKCS#8 key uses
            }
        }
        throw bad(file, "the key is not an unencrypted RSA, EC or Ed25519 key");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw bad(file, "it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static byte[] sequence(byte[] content) {
        return tagged(0x30, content);
    }

    private static byte[] tagged(int tag, byte[] content) {
        int n = content.length;
        byte[] length = n < 128 ? new byte[] {(byte) n}
            : n < 256 ? new byte[] {(byte) 0x81, (byte) n}
            : n < 65536 ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
            : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        return concat(new byte[] {(byte) tag}, length, content);
    }

    private static byte[] concat(byte[]... parts) {
        int total = 0;
        for (byte[] part : parts) {
            total += part.length;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static LabcrewException bad(Path file, String why) {
        return LabcrewException.badInput("Cannot use " + file + " for Docker TLS: " + why,
            "DOCKER_CERT_PATH must hold the ca.pem, cert.pem and key.pem made for this engine");
    }
}
