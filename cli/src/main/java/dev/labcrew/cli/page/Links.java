package dev.labcrew.cli.page;

import dev.labcrew.core.approval.PendingApproval;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The page's addresses under a base URL ({@code LABCREW_APPROVAL_URL}, e.g. {@code https://lab.example/approvals}):
 * the pending list, and one signed link per approver and entry:
 * {@code BASE/p/ID?as=NAME&until=EPOCH&sig=HEX}.
 */
public final class Links {
    private final String base;
    private final LinkSigner signer;

    public Links(String base, LinkSigner signer) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.signer = signer;
    }

    public String list() {
        return base + "/";
    }

    /** A link for {@code approver} to decide on {@code entry}, valid until {@code until}. */
    public String forApprover(String approver, PendingApproval entry, Instant until) {
        return base + path(signer, approver, entry, until);
    }

    /** The path and query of a signed link, without the base. */
    static String path(LinkSigner signer, String approver, PendingApproval entry, Instant until) {
        long epoch = until.getEpochSecond();
        return "/p/" + encode(entry.id()) + "?as=" + encode(approver) + "&until=" + epoch + "&sig="
            + signer.link(approver, entry.id(), entry.proposal().hash(), epoch);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
