package dev.labcrew.core.audit;

import dev.labcrew.core.LabcrewException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that keys the audit chain and the decision rows of an embedded store, kept in its own file
 * ({@code $XDG_CONFIG_HOME/labcrew/audit.key}, mode 0600) away from the records it protects.
 */
public final class AuditKey {
    private static final Logger LOG = LoggerFactory.getLogger(AuditKey.class);
    private static final String ALGORITHM = "HmacSHA256";
    static final int LENGTH = 32;

    private final SecretKeySpec key;

    private AuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Reads the key, or creates 32 random bytes readable by the owner only when the file does not exist. */
    public static AuditKey loadOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != LENGTH) {
                throw LabcrewException.badInput("Audit key file " + file + " holds " + bytes.length + " bytes, not " + LENGTH,
                        "restore the key the log was written with; a new key cannot verify the old records");
            }
            warnIfShared(file);
            return new AuditKey(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key " + file, e);
        }
    }

    /** HMAC-SHA256 of the text, lower-case hex. */
    public String mac(String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /**
     * Writes the new key under a temporary name and links it into place, which fails when another process
     * got there first: nobody ever reads a half-written key, and the first key made is the one kept.
     */
    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(parent, ownerOnly(posix, "rwx------"));
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        Path temp = Files.createTempFile(parent, ".audit-key", ".new", ownerOnly(posix, "rw-------"));
        try {
            Files.write(temp, bytes);
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // Another process made the key first: use theirs.
        } catch (UnsupportedOperationException noLinks) {
            Files.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<?>[] ownerOnly(boolean posix, String permissions) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private static void warnIfShared(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        permissions.removeAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        if (!permissions.isEmpty()) {
            LOG.warn("Audit key {} is readable or writable by others ({}); run: chmod 600 {}", file,
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file);
        }
    }
}
