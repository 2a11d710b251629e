package dev.labcrew.core.approval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.PendingApproval.Status;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The persistent approval queue: a JSON file (by default under {@code $XDG_STATE_HOME/labcrew/})
 * that survives restarts and is shared by every process of one user. Each change holds a file lock
 * and replaces the file atomically.
 */
public final class ApprovalStore {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Clock clock;
    private final Duration expiry;

    public ApprovalStore(Path file, Clock clock, Duration expiry) {
        this.file = file;
        this.clock = clock;
        this.expiry = expiry;
    }

    public Path file() {
        return file;
    }

    public Duration expiry() {
        return expiry;
    }

    /** Every entry, oldest first. */
    public List<PendingApproval> list() {
        return update(UnaryOperator.identity());
    }

    public Optional<PendingApproval> find(String id) {
        return list().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Queues a proposal, or returns the entry already waiting for the same proposal. */
    public PendingApproval submit(ActionProposal proposal) {
        List<PendingApproval> result = new ArrayList<>();
        update(all -> {
            for (PendingApproval a : all) {
                if (a.status() == Status.PENDING && a.proposal().hash().equals(proposal.hash())) {
                    result.add(a);
                    return all;
                }
            }
            PendingApproval created = new PendingApproval(newId(), proposal, Status.PENDING, List.of(), "", "",
                clock.instant(), null, null);
            result.add(created);
            List<PendingApproval> next = new ArrayList<>(all);
            next.add(created);
            return next;
        });
        return result.get(0);
    }

    /**
     * Records a human's approval. With {@code approversRequired} of 2, a second distinct approver is
     * needed before the entry becomes usable.
     */
    public PendingApproval approve(String id, String approver, String reason, int approversRequired) {
        return decide(id, a -> {
            if (a.approvers().contains(approver)) {
                throw LabcrewException.badInput(approver + " already approved " + id, "a second approval must come from another person");
            }
            List<String> approvers = new ArrayList<>(a.approvers());
            approvers.add(approver);
            Status status = approvers.size() >= approversRequired ? Status.APPROVED : Status.PENDING;
            return a.with(status, approvers, approver, reason, clock.instant(),
                status == Status.APPROVED ? clock.instant().plus(expiry) : null);
        });
    }

    public PendingApproval deny(String id, String approver, String reason) {
        return decide(id, a -> a.with(Status.DENIED, a.approvers(), approver, reason, clock.instant(), null));
    }

    /** Moves an entry on (used, closed) once the runtime has acted on it. */
    public PendingApproval mark(String id, Status status) {
        return change(id, a -> a.with(status, a.approvers(), a.decidedBy(), a.reason(), a.decidedAt(), a.expiresAt()));
    }

    /** A human's decision: only on entries still waiting. */
    private PendingApproval decide(String id, UnaryOperator<PendingApproval> decision) {
        return change(id, a -> {
            if (a.status() != Status.PENDING) {
                throw LabcrewException.badInput("Approval " + id + " is " + a.status().name().toLowerCase()
                    + " and cannot be decided again", "list the queue with 'labcrew approvals list'");
            }
            return decision.apply(a);
        });
    }

    private PendingApproval change(String id, UnaryOperator<PendingApproval> change) {
        List<PendingApproval> result = new ArrayList<>();
        update(all -> {
            List<PendingApproval> next = new ArrayList<>();
            for (PendingApproval a : all) {
                if (a.id().equals(id)) {
                    a = change.apply(a);
                    result.add(a);
                }
                next.add(a);
            }
            return next;
        });
        if (result.isEmpty()) {
            throw new LabcrewException(ErrorKind.NOT_FOUND, "No approval with id " + id, "list the queue with 'labcrew approvals list'");
        }
        return result.get(0);
    }

    private synchronized List<PendingApproval> update(UnaryOperator<List<PendingApproval>> change) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                List<PendingApproval> all = Files.exists(file)
                    ? JSON.readValue(file.toFile(), new TypeReference<List<PendingApproval>>() { })
                    : List.of();
                List<PendingApproval> next = change.apply(all);
                if (next != all) {
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    JSON.writeValue(tmp.toFile(), next);
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                return next;
            }
        } catch (IOException e) {
            throw new LabcrewException(ErrorKind.REMOTE_ERROR, "Cannot use the approval queue " + file + ": " + e.getMessage(),
                "check that the directory is writable, or set XDG_STATE_HOME");
        }
    }

    private static String newId() {
        return ApprovalIds.next("a").substring(2);
    }
}
