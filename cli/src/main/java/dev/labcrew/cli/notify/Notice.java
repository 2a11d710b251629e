package dev.labcrew.cli.notify;

import java.time.Instant;
import java.util.List;

/**
 * What a notification says about a proposal that entered the queue (or a test message): Labcrew's own
 * account first ({@code summary}, {@code preview}, {@code undo}), the caller's reason apart, and one
 * signed link per approver.
 *
 * @param event {@code proposal.queued} or {@code test}
 * @param summary one line, e.g. {@code restart_lxc on ct/200@pve1 (MUTATING)}; already made visible-safe
 * @param text the full preview as {@link dev.labcrew.core.approval.ProposalText} renders it
 * @param links the page's links, one per approver; empty when no approver is registered
 * @param listUrl the page's pending list (a login is asked there), or null when no base URL is configured
 */
public record Notice(String event, String id, String tool, String target, String risk, String summary, String text,
                     List<String> preview, String undo, String reason, int approversRequired, Instant createdAt,
                     Instant expiresAt, List<Link> links, String listUrl) {
    /** A link signed for one approver and this proposal. */
    public record Link(String approver, String url) {
    }

    public Notice {
        preview = List.copyOf(preview);
        links = List.copyOf(links);
    }

    /** The notice {@code labcrew notify test} sends. */
    public static Notice test(Instant now, String listUrl) {
        return new Notice("test", "test", "none", "none", "READ_ONLY", "Labcrew test notification",
            "This is a test from 'labcrew notify test'. Nothing is waiting for a decision.", List.of(), "", "", 0, now,
            now, List.of(), listUrl);
    }

    /** The title a push notification shows. */
    public String title() {
        return event.equals("test") ? summary : "Approval needed: " + summary;
    }
}
