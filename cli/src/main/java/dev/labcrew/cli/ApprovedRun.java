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
    private static final String SIMULATED = "simulated:";

    private ApprovedRun() {
    }

    static int run(PendingApproval approval, boolean demo, Path policy, CommandSpec spec) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> env = Labcrew.env(spec);
        String lab = labOf(approval, new Safety(env, demo), err);
        LabOptions options = new LabOptions();
        options.approve = ApproveMode.QUEUE;
        options.policy = policy;
        if (demo) {
            options.scenario = lab.startsWith(SIMULATED) ? lab.substring(SIMULATED.length()) : LabOptions.DEFAULT_SCENARIO;
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        approval.proposal().arguments().forEach((k, v) -> arguments.put(k, String.valueOf(v)));
        if (!approval.proposal().reason().isEmpty()) {
            arguments.put("reason", approval.proposal().reason());
        }
        try (LabSession session = LabSession.open(options, env, null, err)) {
            String here = session.isDemo() ? SIMULATED + options.scenarioOrDefault() : session.client().config().baseUrl();
            if (!lab.isEmpty() && !lab.equals(here)) {
                throw LabcrewException.badInput("Approval " + approval.id() + " was proposed on " + lab + ", not on " + here,
                    "run it where it was proposed (the lab the audit trail names), or repeat the call there");
            }
            String tool = approval.proposal().tool();
            return ToolsCallCommand.report(tool, session.call(tool, arguments), session, false, out, err);
        }
    }

    /** The lab the proposal's audit records name, or empty for records written before labs were named. */
    private static String labOf(PendingApproval approval, Safety safety, PrintWriter err) {
        try (StateStore store = safety.store(err)) {
            for (AuditRecord r : store.auditTrail()) {
                Object id = r.event().details().get("approvalId");
                Object lab = r.event().details().get("lab");
                if (approval.id().equals(id) && lab != null) {
                    return lab.toString();
                }
            }
        }
        return "";
    }
}
