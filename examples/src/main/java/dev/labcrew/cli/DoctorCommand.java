package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import java.io.PrintWriter;
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
            Doctor.Verdict verdict = new Doctor(session.client(), session.runtime().catalog(), out).examine(
                session.isDemo() ? "built-in demo lab (scenario " + lab.scenario + ")" : "configured host");
            if (NotifyDoctor.report(Labcrew.env(spec), out) && verdict == Doctor.Verdict.OK) {
                verdict = Doctor.Verdict.DEGRADED;
            }
            out.flush();
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
