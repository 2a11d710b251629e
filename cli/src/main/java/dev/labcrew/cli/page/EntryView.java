package dev.labcrew.cli.page;

import static dev.labcrew.cli.page.Html.esc;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.approval.ProposalText;
import dev.labcrew.core.approval.Visible;
import dev.labcrew.core.approval.Vote;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the page shows of entries: Labcrew's own account first (the preview as {@link ProposalText}
 * renders it: what changes, undo, arguments), the facts beside it (risk, target state and when it was
 * read, votes, expiry), then the decision forms. Everything passes {@link Visible} and {@link Html#esc}.
 */
final class EntryView {
    private EntryView() {
    }

    static String entry(PendingApproval a, Instant until, String formAction, String hiddenFields, boolean canDecide, String note) {
        ActionProposal p = a.proposal();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(Visible.text(p.tool()))).append(" on ").append(esc(Visible.text(p.target()))).append("</h1>");
        b.append("<dl><dt>risk</dt><dd class=\"risk ").append(p.risk().name()).append("\">").append(p.risk().name()).append("</dd>");
        b.append("<dt>status</dt><dd id=\"status\">").append(esc(status(a))).append("</dd>");
        b.append("<dt>target read at</dt><dd>").append(esc(String.valueOf(p.createdAt())))
            .append(" (read again just before the change runs; refused if it changed)</dd>");
        for (Map.Entry<String, String> s : p.targetState().entrySet()) {
            b.append("<dt>").append(esc(Visible.text(s.getKey()))).append("</dt><dd>").append(esc(Visible.text(s.getValue()))).append("</dd>");
        }
        b.append("<dt>decide before</dt><dd>").append(esc(String.valueOf(until))).append("</dd></dl>");
        b.append("<pre id=\"proposal\">").append(esc(ProposalText.render(p))).append("</pre>");
        for (Vote v : a.votes()) {
            b.append("<p class=\"vote\">").append(v.approve() ? "Approved by " : "Denied by ").append(esc(Visible.text(v.approver())))
                .append(" via ").append(esc(Visible.text(v.channel()))).append(v.reason().isEmpty() ? "" : ": " + esc(Visible.text(v.reason())))
                .append("</p>");
        }
        if (note != null) {
            b.append("<p id=\"note\"><strong>").append(esc(note)).append("</strong></p>");
        }
        if (canDecide) {
            b.append("<form method=\"post\" action=\"").append(esc(formAction)).append("\">").append(hiddenFields)
                .append(Html.hidden("proposal", p.hash())).append(Html.hidden("decision", "approve"))
                .append("<input type=\"text\" name=\"reason\" placeholder=\"Reason (optional)\" maxlength=\"500\">")
                .append("<button class=\"yes\" id=\"approve\" type=\"submit\">Approve</button></form>");
            b.append("<form method=\"post\" action=\"").append(esc(formAction)).append("\">").append(hiddenFields)
                .append(Html.hidden("proposal", p.hash())).append(Html.hidden("decision", "deny"))
                .append("<textarea name=\"reason\" id=\"deny-reason\" required maxlength=\"500\" placeholder=\"Why not? (the caller reads this)\"></textarea>")
                .append("<button class=\"no\" id=\"deny\" type=\"submit\">Deny</button></form>");
        }
        return Html.page(p.tool() + " " + p.target(), b.toString());
    }

    static String list(String approver, List<PendingApproval> waiting, String logoutForm) {
        StringBuilder b = new StringBuilder("<h1>Waiting for a decision</h1><p>Logged in as ").append(esc(Visible.text(approver))).append("</p>");
        if (waiting.isEmpty()) {
            b.append("<p id=\"empty\">Nothing is waiting.</p>");
        }
        b.append("<ul>");
        for (PendingApproval a : waiting) {
            ActionProposal p = a.proposal();
            b.append("<li><a href=\"/p/").append(esc(Links.encode(a.id()))).append("\">").append(esc(Visible.text(p.tool()))).append(" on ")
                .append(esc(Visible.text(p.target()))).append("</a> <span class=\"risk ").append(p.risk().name()).append("\">")
                .append(p.risk().name()).append("</span> ").append(esc(status(a))).append("</li>");
        }
        return Html.page("Approvals", b.append("</ul>").append(logoutForm).toString());
    }

    static String message(String title, String text) {
        return Html.page(title, "<h1>" + esc(title) + "</h1><p id=\"message\">" + esc(text) + "</p>");
    }

    static String status(PendingApproval a) {
        return a.status().name().toLowerCase() + (a.status() == PendingApproval.Status.PENDING
            ? " (" + a.approvals().size() + " of " + a.approversRequired() + " approvals)" : "");
    }
}
