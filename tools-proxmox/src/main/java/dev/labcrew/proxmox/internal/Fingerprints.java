package dev.labcrew.proxmox.internal;

import dev.labcrew.core.LabcrewException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * SHA-256 certificate fingerprints in the form Proxmox shows them ({@code AB:CD:...}, 32 bytes).
 * Internal: not part of the API.
 */
public final class Fingerprints {
    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    private Fingerprints() {
    }

    /**
     * Canonical upper-case colon form of a fingerprint typed with or without colons, any case.
     *
     * @throws LabcrewException {@code BAD_INPUT} when it is not 32 hex bytes
     */
    public static String normalize(String fingerprint) {
        String hex = fingerprint.trim().replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw LabcrewException.badInput("PROXMOX_FINGERPRINT is not a SHA-256 fingerprint",
                    "use the certificate's SHA-256 as `pvenode cert info` shows it: 32 colon-separated hex bytes, AB:CD:...");
        }
        return COLON_HEX.formatHex(HexFormat.of().parseHex(hex));
    }

    /** SHA-256 of the certificate's DER encoding, canonical colon form. */
    public static String sha256(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return COLON_HEX.formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}
