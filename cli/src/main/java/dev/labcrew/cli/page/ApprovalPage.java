package dev.labcrew.cli.page;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.Vote;
import dev.labcrew.core.store.StateStore;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The approval page's requests. Who may see and decide is proven on every request: a link signed for
 * that approver and entry (until the entry's queue expiry, and only while they have not decided on it),
 * or the session of an approver who logged in with their secret. Without either, no page says anything
 * about any proposal. Every form carries a CSRF token bound to the credential it came with; every vote
 * is recorded under the authenticated approver's name with channel {@code approval-page}.
 */
public final class ApprovalPage {
    static final String CHANNEL = "approval-page";
    static final String SESSION = "lc_session";
    static final String LOGIN = "lc_login";

    private final StateStore store;
    private final LinkSigner signer;
    private final Sessions sessions;
    private final Function<Risk, Duration> queueExpiry;
    private final Clock clock;
    private final LoginThrottle throttle;

    public ApprovalPage(StateStore store, LinkSigner signer, Function<Risk, Duration> queueExpiry, Clock clock) {
        this.store = store;
        this.signer = signer;
        this.queueExpiry = queueExpiry;
        this.clock = clock;
        this.sessions = new Sessions(clock, Duration.ofHours(12));
        this.throttle = new LoginThrottle(clock);
    }

    void handle(Exchange ex) throws IOException {
        String path = ex.path();
        boolean post = ex.method().equals("POST");
        if (path.equals("/") && !post) {
            home(ex);
        } else if (path.equals("/login") && post) {
            login(ex);
        } else if (path.equals("/logout") && post) {
            logout(ex);
        } else if (path.startsWith("/p/") && path.indexOf('/', 3) < 0) {
            entry(ex, URLDecoder.decode(path.substring(3), StandardCharsets.UTF_8), post);
        } else {
            ex.html(404, EntryView.message("Not found", "There is no such page."));
        }
    }

    private void home(Exchange ex) throws IOException {
        Optional<String> who = sessionApprover(ex);
        if (who.isEmpty()) {
            loginForm(ex, 200, null);
            return;
        }
        var waiting = store.list().stream().filter(a -> a.status() == PendingApproval.Status.PENDING && open(a)).toList();
        String logout = "<form method=\"post\" action=\"/logout\">" + Html.hidden("csrf", signer.csrf(ex.cookie(SESSION)))
            + "<button class=\"plain\" type=\"submit\">Log out</button></form>";
        ex.html(200, EntryView.list(who.get(), waiting, logout));
    }

    private void loginForm(Exchange ex, int status, String error) throws IOException {
        String nonce = Sessions.random();
        ex.setCookie(LOGIN, nonce, 3600);
        ex.html(status, Html.page("Log in", "<h1>Labcrew approvals</h1>" + (error == null ? "" : "<p id=\"error\">" + Html.esc(error) + "</p>")
            + "<form method=\"post\" action=\"/login\">" + Html.hidden("csrf", signer.csrf("login\n" + nonce))
            + "<input type=\"text\" name=\"name\" placeholder=\"Approver name\" autocomplete=\"username\" required>"
            + "<input type=\"password\" name=\"secret\" placeholder=\"Secret from 'labcrew approvers add'\" autocomplete=\"current-password\" required>"
            + "<button class=\"plain\" type=\"submit\">Log in</button></form>"));
    }

    private void login(Exchange ex) throws IOException {
        String nonce = ex.cookie(LOGIN);
        if (nonce == null || !LinkSigner.same(ex.form("csrf"), signer.csrf("login\n" + nonce))) {
            ex.html(403, EntryView.message("Refused", "The form expired or did not come from this page. Open the page again."));
            return;
        }
        String name = String.valueOf(ex.form("name"));
        if (!throttle.mayTry(name)) {
            loginForm(ex, 429, "Too many failed logins for this name; wait a few minutes.");
            return;
        }
        Optional<String> who = store.approvers().authenticate(name, ex.form("secret"));
        if (who.isEmpty()) {
            throttle.failed(name);
            loginForm(ex, 403, "Unknown name or wrong secret.");
            return;
        }
        ex.setCookie(SESSION, sessions.start(who.get()), Duration.ofHours(12).toSeconds());
        ex.redirect("/");
    }

    private void logout(Exchange ex) throws IOException {
        String session = ex.cookie(SESSION);
        if (session != null && LinkSigner.same(ex.form("csrf"), signer.csrf(session))) {
            sessions.end(session);
        }
        ex.setCookie(SESSION, "", 0);
        ex.redirect("/");
    }

    private void entry(Exchange ex, String id, boolean post) throws IOException {
        Credential cred = post ? Credential.fromForm(ex) : Credential.fromQuery(ex);
        Optional<PendingApproval> found = cred.isLink() ? store.find(id) : Optional.empty();
        String approver = cred.isLink() ? found.map(a -> linkApprover(cred, a)).orElse(null) : sessionApprover(ex).orElse(null);
        if (approver == null) {
            ex.html(403, EntryView.message("Not allowed", "Open the link from your notification, or log in first."));
            return;
        }
        PendingApproval a = cred.isLink() ? found.get() : store.find(id).orElse(null);
        if (a == null) {
            ex.html(404, EntryView.message("Not found", "No such proposal."));
            return;
        }
        boolean voted = a.votes().stream().anyMatch(v -> v.approver().equals(approver));
        boolean decidable = a.status() == PendingApproval.Status.PENDING && open(a) && !voted;
        if (cred.isLink() && !decidable) {
            ex.html(410, EntryView.message("Link used", "This link no longer works: the proposal was decided or has expired."));
            return;
        }
        String credential = cred.isLink() ? cred.sig() : ex.cookie(SESSION);
        String hidden = Html.hidden("csrf", signer.csrf(credential)) + (cred.isLink() ? cred.hiddenFields() : "");
        String action = "/p/" + Links.encode(a.id());
        if (!post) {
            ex.html(200, EntryView.entry(a, until(a), action, hidden, decidable, decidable ? null : "You cannot decide on this now."));
            return;
        }
        if (!LinkSigner.same(ex.form("csrf"), signer.csrf(credential))) {
            ex.html(403, EntryView.message("Refused", "The form did not come from this page. Open the page again."));
            return;
        }
        decide(ex, a, approver, decidable, action, hidden);
    }

    private void decide(Exchange ex, PendingApproval a, String approver, boolean decidable, String action, String hidden) throws IOException {
        boolean approve = "approve".equals(ex.form("decision"));
        String reason = ex.form("reason") == null ? "" : ex.form("reason").strip();
        if (!decidable || !a.proposal().hash().equals(ex.form("proposal"))) {
            ex.html(409, EntryView.message("Not recorded", "This proposal was decided, expired or changed since the page was shown."));
            return;
        }
        if (!approve && reason.isEmpty()) {
            ex.html(400, EntryView.entry(a, until(a), action, hidden, true, "A denial needs a reason: the caller reads it."));
            return;
        }
        PendingApproval after;
        try {
            after = store.decide(a.id(), Vote.of(approver, CHANNEL, approve, reason, clock.instant(), a.proposal().hash()));
        } catch (LabcrewException e) {
            ex.html(409, EntryView.message("Not recorded", e.getMessage()));
            return;
        }
        String done = !approve ? "Denied. The caller gets your reason."
            : after.status() == PendingApproval.Status.APPROVED ? "Approved. The change runs when the caller repeats the call."
            : "Your approval is recorded; another person must approve too (" + EntryView.status(after) + ").";
        ex.html(200, EntryView.entry(after, until(after), action, "", false, done));
    }

    private String linkApprover(Credential cred, PendingApproval a) {
        long now = clock.instant().getEpochSecond();
        String want = signer.link(cred.approver(), a.id(), a.proposal().hash(), cred.until());
        boolean valid = LinkSigner.same(cred.sig(), want) && cred.until() >= now && cred.until() <= until(a).getEpochSecond()
            && store.approvers().exists(cred.approver());
        return valid ? cred.approver() : null;
    }

    private Optional<String> sessionApprover(Exchange ex) {
        return sessions.approver(ex.cookie(SESSION)).filter(name -> store.approvers().exists(name));
    }

    private Instant until(PendingApproval a) {
        return a.createdAt().plus(queueExpiry.apply(a.proposal().risk()));
    }

    private boolean open(PendingApproval a) {
        return until(a).isAfter(clock.instant());
    }
}
