package dev.labcrew.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends records at the end of the chain. Callers serialize calls within the JVM; the file lock
 * serializes processes, and a file that grew since our last write is reread for its last record.
 */
final class AuditWriter implements AutoCloseable {
    private final Path file;
    private final AuditKey key;
    private final FileChannel channel;
    private long knownSize = -1;
    private long lastSeq;
    private String lastMac;

    AuditWriter(Path file, AuditKey key) {
        this.file = file;
        this.key = key;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the audit log " + file, e);
        }
    }

    AuditRecord append(AuditEvent event, Instant now) {
        try (FileLock lock = channel.lock()) {
            String prefix = catchUp();
            ObjectNode content = AuditCodec.content(lastSeq + 1, now, event, lastMac);
            String mac = key.mac(AuditCodec.canonical(content));
            write(prefix + AuditCodec.line(content, mac) + "\n");
            AuditRecord record = new AuditRecord(lastSeq + 1, now, event, lastMac, mac);
            lastSeq = record.seq();
            lastMac = mac;
            knownSize = channel.size();
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit log " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the audit log " + file, e);
        }
    }

    /** Rereads the tail when someone else appended; returns a newline to end a cut-short last line. */
    private String catchUp() throws IOException {
        if (channel.size() == knownSize) {
            return "";
        }
        String text = AuditFile.text(file);
        AuditRecord last = AuditFile.last(AuditFile.parse(text));
        lastSeq = last == null ? 0 : last.seq();
        lastMac = last == null ? AuditCodec.GENESIS : last.mac();
        return text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    }

    /** The whole line, then a sync: the record is on disk before the action it announces runs. */
    private void write(String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true);
    }
}
