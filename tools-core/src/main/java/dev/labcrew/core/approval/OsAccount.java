package dev.labcrew.core.approval;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OS account this process runs as, looked up by its uid: what the terminal and the local queue
 * authenticate. {@code $USER} is not asked, since anyone can set it.
 */
public final class OsAccount {
    private OsAccount() {
    }

    public static String current() {
        try {
            String name = new UnixSystem().getUsername();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (LinkageError | RuntimeException notUnix) {
            // Not a Unix JVM: fall through to the owner of this process's /proc entry, then the JVM's view.
        }
        try {
            return Files.getOwner(Path.of("/proc/self")).getName();
        } catch (IOException | RuntimeException e) {
            String name = System.getProperty("user.name");
            return name == null || name.isBlank() ? "unknown" : name;
        }
    }
}
