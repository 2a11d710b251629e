package dev.labcrew.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** The embedded database's file: created readable by its owner only, before SQLite opens it. */
final class StoreFiles {
    private StoreFiles() {
    }

    static void createPrivate(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (Files.notExists(parent)) {
                Files.createDirectories(parent, attributes(posix, "rwx------"));
            }
            try {
                Files.createFile(file, attributes(posix, "rw-------"));
            } catch (FileAlreadyExistsException exists) {
                if (posix) {
                    // An older file, or one whose mode was widened: the queue and the trail are the owner's alone.
                    Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the state store " + file + ": check that its folder is writable", e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary store left behind in the temp folder harms nobody.
        }
    }

    private static FileAttribute<?>[] attributes(boolean posix, String permissions) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
            : new FileAttribute<?>[0];
    }
}
