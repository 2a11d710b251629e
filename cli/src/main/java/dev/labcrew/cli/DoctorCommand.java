package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew doctor}: how the token travels (TLS verified, pinned, NOT VERIFIED, or cleartext), reachability,
 * token, and for each tool whether the token holds the privileges it needs. Exit 0 when all is well, 1 when the lab
 * cannot be used, 2 when degraded (an unverified or cleartext transport included).
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, description = "Check the transport (TLS verified, pinned, NOT VERIFIED or cleartext), "
    + "connectivity, the token and the privileges each tool needs. "
    + "Exit 0 ok, 1 failed, 2 degraded.",
         footer = {"", "Example:", "  labcrew doctor   (or: labcrew doctor --demo)"})
final class DoctorCommand implements Callable<Integer> {
    @Mixin
    LabOptions lab;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LabSession session = LabSession.open(lab, Labcrew.env(spec), Labcrew.terminal(spec), spec.commandLine().getErr())) {
            String what = session.isDemo() ? "built-in demo lab (scenario " + lab.scenarioOrDefault() + ")" : "configured host";
            Map<String, ProxmoxClient> clusters = session.clients();
            List<Doctor.Verdict> verdicts = new ArrayList<>();
            clusters.forEach((name, client) -> {
                if (clusters.size() > 1) {
                    out.println("CLUSTER " + name);
                }
                verdicts.add(new Doctor(client, session.runtime().catalog(), out).examine(clusters.size() > 1 ? "cluster " + name : what));
            });
            boolean notifiersFailing = NotifyDoctor.report(Labcrew.env(spec), out);
            out.flush();
            Doctor.Verdict verdict = verdicts.stream().allMatch(v -> v == Doctor.Verdict.FAILED) ? Doctor.Verdict.FAILED
                : verdicts.stream().allMatch(v -> v == Doctor.Verdict.OK) && !notifiersFailing ? Doctor.Verdict.OK : Doctor.Verdict.DEGRADED;
            return switch (verdict) {
                case OK -> 0;
                case FAILED -> Labcrew.FAILED;
                case DEGRADED -> 2;
            };
        } catch (LabcrewException e) {
            out.println("FAIL config      " + e.getMessage());
            out.println("     hint: " + e.hint());
            out.flush();
            return Labcrew.FAILED;
        }
    }
}
