package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.approval.PendingApproval;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.store.StateStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code labcrew approvals approve ID --run}: runs an approved proposal as the caller's repeated call would, with
 * its canonical arguments, through the same gate (the queue, which finds the approval by the proposal's hash),
 * re-check of the target and audit. It runs only on the lab the proposal was made on: the lab its audit records name.
 */
final class ApprovedRun {
    private ApprovedRun() {
    }

    /**
     * Runs {@code approval} on {@code lab}, the lab its audit records name ({@link #labOf}); empty for records written
     * before labs were named, which run on the lab at hand.
     */
    static int run(PendingApproval approval, String lab, boolean demo, Path policy, CommandSpec spec) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LabOptions options = new LabOptions();
        options.approve = ApproveMode.QUEUE;
        options.policy = policy;
        if (demo) {
            options.scenario = lab.startsWith(LabSession.SIMULATED) ? lab.substring(LabSession.SIMULATED.length())
                : LabOptions.DEFAULT_SCENARIO;
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        approval.proposal().arguments().forEach((k, v) -> arguments.put(k, String.valueOf(v)));
        if (!approval.proposal().reason().isEmpty()) {
            arguments.put("reason", approval.proposal().reason());
        }
        try (LabSession session = LabSession.open(options, Labcrew.env(spec), null, err)) {
            if (!lab.isEmpty() && !session.labs().contains(lab)) {
                throw LabcrewException.badInput("Approval " + approval.id() + " was proposed on " + lab + ", not on "
                    + String.join(" or ", session.labs()), "run it where it was proposed (the lab the audit trail names), or repeat the call there");
            }
            String tool = approval.proposal().tool();
            return ToolsCallCommand.report(tool, session.call(tool, arguments), session, false, out, err);
        }
    }

    /** The lab the proposal's audit records name, or empty for records written before labs were named. */
    static String labOf(PendingApproval approval, StateStore store) {
        for (AuditRecord r : store.auditTrail()) {
            Object id = r.event().details().get("approvalId");
            Object lab = r.event().details().get("lab");
            if (approval.id().equals(id) && lab != null) {
                return lab.toString();
            }
        }
        return "";
    }
}
