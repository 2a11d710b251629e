package dev.labcrew.core.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last audit chain head this machine saw in each store, kept outside the store (beside the audit
 * key, readable by its owner only). A store whose head falls behind it was rolled back, or emptied and
 * started again, which its own rows cannot show: every state the head had carries a valid MAC.
 *
 * <p>Best effort on the write side (a machine that cannot write the file keeps working, and says so in
 * {@code audit verify}); the file is locked while read and raised, so two processes never lower it.
 */
final class HeadWitness {
    private static final ConcurrentHashMap<Path, Object> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path file;
    private final String store;

    HeadWitness(Path keyFile, String store) {
        this.file = keyFile.toAbsolutePath().resolveSibling("audit.head");
        this.store = store;
    }

    Path file() {
        return file;
    }

    /** What this machine last saw, or null when it never saw this store write (or cannot read the file). */
    Seen seen() {
        synchronized (jvmLock()) {
            return readSeen();
        }
    }

    private Seen readSeen() {
        try (FileChannel channel = open(false); FileLock lock = channel == null ? null : channel.lock(0, Long.MAX_VALUE, true)) {
            return channel == null ? null : Seen.parse(read(channel).getProperty(store));
        } catch (IOException e) {
            return null;
        }
    }

    /** Raises the witness to ({@code seq}, {@code mac}) unless it already names a later record. */
    void raise(long seq, String mac) {
        synchronized (jvmLock()) {
            write(seq, mac);
        }
    }

    /** File locks are held per process: threads and stores of one JVM also queue on this. */
    private Object jvmLock() {
        return IN_THIS_JVM.computeIfAbsent(file, f -> new Object());
    }

    private void write(long seq, String mac) {
        try (FileChannel channel = open(true); FileLock lock = channel.lock()) {
            Properties all = read(channel);
            Seen before = Seen.parse(all.getProperty(store));
            if (before != null && before.seq() >= seq) {
                return;
            }
            all.setProperty(store, seq + " " + mac);
            StringWriter text = new StringWriter();
            all.store(text, "Labcrew: the last audit chain head seen per store; a store behind it was rolled back");
            byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(bytes), 0);
            // Not forced to disk: the store committed (and synced) the record first, so a crash can leave the witness
            // behind the store or empty, which weakens one check, but never ahead of it, which would be a false alarm.
            // Forcing it cost every audit append a second fsync.
        } catch (IOException | RuntimeException e) {
            // Losing the witness only weakens one check of 'audit verify'; the store itself holds the trail.
        }
    }

    private FileChannel open(boolean create) throws IOException {
        if (!create && !file.toFile().exists()) {
            return null;
        }
        if (create && !file.toFile().exists()) {
            StoreFiles.createPrivate(file);
        }
        return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private static Properties read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 20));
        channel.read(buffer, 0);
        Properties all = new Properties();
        try (Reader reader = new StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1))) {
            all.load(reader);
        }
        return all;
    }

    /** A head as witnessed: its sequence number and MAC. */
    record Seen(long seq, String mac) {
        static Seen parse(String value) {
            if (value == null) {
                return null;
            }
            String[] parts = value.trim().split(" ", 2);
            try {
                return parts.length == 2 ? new Seen(Long.parseLong(parts[0]), parts[1]) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
