package dev.labcrew.cli;

import dev.labcrew.cli.notify.Broadcast;
import dev.labcrew.cli.notify.Notice;
import dev.labcrew.cli.notify.Notifiers;
import dev.labcrew.cli.page.LinkSigner;
import dev.labcrew.cli.page.Links;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.ProposalText;
import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.store.Approvers;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The notification side of the queue: which channels are configured, where links point
 * ({@code LABCREW_APPROVAL_URL}, default the page's loopback address), and the notice for one entry
 * with a link signed for each registered approver.
 */
final class Notifications {
    static final String DEFAULT_PAGE = "127.0.0.1:8765";

    private final Map<String, String> settings;
    private final StateDirs dirs;

    Notifications(Map<String, String> env) {
        this.settings = Settings.load(env);
        this.dirs = StateDirs.of(env);
    }

    Broadcast broadcast() {
        return new Broadcast(Notifiers.configured(settings), dirs.state().resolve("notify-status.properties"));
    }

    Links links() {
        String base = settings.get("LABCREW_APPROVAL_URL");
        return new Links(base == null || base.isBlank() ? "http://" + DEFAULT_PAGE : base.strip(), signer());
    }

    LinkSigner signer() {
        return LinkSigner.loadOrCreate(dirs.config().resolve("approval-links.key"));
    }

    QueueExpiry expiry() {
        return new QueueExpiry(settings);
    }

    /** The store, notifying every configured channel when a proposal enters the queue; the store itself when none is. */
    StateStore wrap(StateStore store, PrintWriter log) {
        Broadcast broadcast = broadcast();
        return broadcast.isEmpty() ? store : new NotifyingStore(store, entry -> broadcast.send(notice(store, entry), log));
    }

    Notice notice(StateStore store, PendingApproval entry) {
        ActionProposal p = entry.proposal();
        Instant until = entry.createdAt().plus(expiry().of(p.risk()));
        Links links = links();
        List<Notice.Link> signed = new ArrayList<>();
        if (!store.approverIsDatabaseRole()) {
            for (Approvers.Approver a : store.approvers().list()) {
                signed.add(new Notice.Link(a.name(), links.forApprover(a.name(), entry, until)));
            }
        }
        return new Notice("proposal.queued", entry.id(), p.tool(), Visible.text(p.target()), p.risk().name(),
            Visible.text(p.tool()) + " on " + Visible.text(p.target()) + " (" + p.risk() + ")", ProposalText.render(p),
            p.preview().stream().map(Visible::text).toList(), Visible.text(p.undo()), Visible.text(p.reason()),
            entry.approversRequired(), entry.createdAt(), until, signed, links.list());
    }
}
