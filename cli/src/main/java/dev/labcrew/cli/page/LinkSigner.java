package dev.labcrew.cli.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks what the approval page trusts: one-time links (approver, entry, proposal hash, expiry)
 * and CSRF tokens, with HMAC-SHA256 under a key of its own ({@code approval-links.key} in the config
 * folder, mode 0600, created on first use). The key never leaves this machine, so a link cannot be
 * made for another approver, another proposal or a later expiry.
 */
public final class LinkSigner {
    private final byte[] key;

    LinkSigner(byte[] key) {
        this.key = key.clone();
    }

    /** Loads the key, creating it (owner-only) when missing. */
    public static LinkSigner loadOrCreate(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.write(keyFile, HexFormat.of().formatHex(fresh).getBytes(StandardCharsets.US_ASCII));
                } catch (FileAlreadyExistsException raced) {
                    // Another process made it first: use theirs.
                }
            }
            return new LinkSigner(HexFormat.of().parseHex(Files.readString(keyFile).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the link key " + keyFile, e);
        }
    }

    /** The signature of a link for {@code approver} to decide on {@code entryId} bound to {@code proposalHash} until {@code until} (epoch seconds). */
    public String link(String approver, String entryId, String proposalHash, long until) {
        return mac("link\n" + approver + "\n" + entryId + "\n" + proposalHash + "\n" + until);
    }

    /** A CSRF token bound to one credential (a session id or a link signature). */
    public String csrf(String credential) {
        return mac("csrf\n" + credential);
    }

    /** Constant-time comparison of two hex strings; false for null. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
