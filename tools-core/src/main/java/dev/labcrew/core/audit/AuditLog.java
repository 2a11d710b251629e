package dev.labcrew.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The append-only audit trail of every proposal, decision, start and outcome, one JSON object per
 * line. Each record carries an HMAC-SHA256 over its canonical content, which includes the MAC of
 * the record before it, keyed by a secret kept in a separate file: whoever edits, removes or
 * reorders lines cannot recompute the chain without the key, and {@link #verify()} says where it
 * breaks. Records removed from the end cannot be told from a log that ends there; {@link #unfinished()}
 * at least shows actions that started and never reported back.
 *
 * <pre>{@code
 * try (AuditLog log = AuditLog.open(stateDir.resolve("audit.jsonl"), configDir.resolve("audit.key"))) {
 *     log.append(new AuditEvent(AuditEventType.STARTED, id, "restart_guest", "guest/102@node1", "MUTATING", hash, Map.of()));
 *     AuditVerification check = log.verify();
 * }
 * }</pre>
 *
 * <p>{@link #append} is thread-safe, writes the whole line and forces it to disk before returning, and
 * takes a file lock so that several processes can share one log. It never rewrites earlier lines: a
 * broken chain or a cut-short last line stays for {@link #verify()} to report, and the new record
 * follows the last readable one. Failing to write throws {@link UncheckedIOException}: an action
 * whose start cannot be recorded must not run.
 */
public final class AuditLog implements AutoCloseable {
    /** One monitor per file, so that two logs open on the same file in one JVM never overlap file locks. */
    private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final AuditKey key;
    private final Clock clock;
    private final AuditWriter writer;
    private final Object monitor;

    private AuditLog(Path file, AuditKey key, Clock clock) {
        this.file = file;
        this.key = key;
        this.clock = clock;
        this.writer = new AuditWriter(file, key);
        this.monitor = MONITORS.computeIfAbsent(file, f -> new Object());
    }

    /** Opens (creating the file, its folders and the key when missing) a log with the system UTC clock. */
    public static AuditLog open(Path logFile, Path keyFile) {
        return open(logFile, keyFile, Clock.systemUTC());
    }

    /** As {@link #open(Path, Path)}, with the clock that stamps the records. */
    public static AuditLog open(Path logFile, Path keyFile, Clock clock) {
        Path file = logFile.toAbsolutePath().normalize();
        AuditKey key = AuditKey.loadOrCreate(keyFile);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the audit log " + file, e);
        }
        return new AuditLog(file, key, clock);
    }

    /** Appends one record after the last readable one and returns it once it is on disk. */
    public AuditRecord append(AuditEvent event) {
        synchronized (monitor) {
            return writer.append(event, clock.instant());
        }
    }

    /** Every readable record, in file order. */
    public List<AuditRecord> records() {
        return lines().stream().filter(AuditLine::readable).map(AuditLine::record).toList();
    }

    /** Recomputes every MAC and the chain with the key. */
    public AuditVerification verify() {
        return new ChainVerifier(key).verify(lines());
    }

    /** STARTED records with no FINISHED or FAILED record for the same action: actions cut off mid-way. */
    public List<AuditRecord> unfinished() {
        List<AuditRecord> all = records();
        Set<String> ended = new HashSet<>();
        for (AuditRecord record : all) {
            AuditEventType type = record.event().type();
            if (type == AuditEventType.FINISHED || type == AuditEventType.FAILED) {
                ended.add(record.event().actionId());
            }
        }
        return all.stream()
                .filter(r -> r.event().type() == AuditEventType.STARTED && !ended.contains(r.event().actionId()))
                .toList();
    }

    /** The log file, absolute. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        writer.close();
    }

    private List<AuditLine> lines() {
        synchronized (monitor) {
            return AuditFile.read(file);
        }
    }
}
