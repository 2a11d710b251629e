package dev.labcrew.core.approval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Asks the human at a terminal: shows the proposal (tool, target, risk, reason, preview, undo) and
 * reads y/N and an optional reason. Anything but an explicit yes is a denial. Without a terminal
 * (no reader), it denies: nobody can be asked. The approver is the OS account of this process (by uid),
 * the one person who can be at its terminal.
 */
public final class ConsoleApprovalGate implements ApprovalGate {
    private final BufferedReader in;
    private final PrintWriter out;
    private final String user;
    private final Clock clock;
    private final Duration expiry;

    /**
     * @param in the terminal's input, or null when there is no terminal
     * @param out where the proposal and questions are shown (stderr for command-line tools)
     * @param user the name recorded as approver: {@link OsAccount#current()}, not {@code $USER}
     */
    public ConsoleApprovalGate(BufferedReader in, PrintWriter out, String user, Clock clock, Duration expiry) {
        this.in = in;
        this.out = out;
        this.user = user;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Override
    public String channel() {
        return "terminal";
    }

    @Override
    public synchronized Decision decide(ActionProposal proposal) {
        if (in == null) {
            return Decision.unanswered(proposal, "no terminal to ask a human for approval; use --approve queue and decide with 'labcrew approvals'");
        }
        out.print(ProposalText.render(proposal));
        out.print("Approve? [y/N] ");
        out.flush();
        try {
            String answer = in.readLine();
            boolean yes = answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
            out.print(yes ? "Reason (optional): " : "Reason for the denial (optional, goes back to the caller): ");
            out.flush();
            String reason = answer == null ? null : in.readLine();
            reason = reason == null || reason.isBlank() ? (yes ? "" : "denied at the terminal") : reason.strip();
            return yes
                ? Decision.approved(proposal, user, reason, ApprovalIds.next("console"), clock.instant().plus(expiry))
                : Decision.denied(proposal, user, reason);
        } catch (IOException e) {
            return Decision.unanswered(proposal, "could not read the answer: " + e.getMessage().toLowerCase(Locale.ROOT));
        }
    }
}
