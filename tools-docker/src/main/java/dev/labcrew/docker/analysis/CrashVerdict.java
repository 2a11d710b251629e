package dev.labcrew.docker.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.output.Units;
import dev.labcrew.docker.container.ContainerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides what one troubled container's state means, and what would fix it. */
final class CrashVerdict {
    private CrashVerdict() {
    }

    static Optional<Finding> of(String analyzer, ContainerStatus s, List<String> logErrors) {
        List<String> evidence = new ArrayList<>();
        evidence.add("inspect: state " + s.state() + ", RestartCount " + s.restartCount() + ", ExitCode " + s.exitCode()
            + ", OOMKilled " + s.oomKilled() + ", restart policy " + s.restartPolicy());
        if (s.oomKilled()) {
            evidence.add("inspect: memory limit " + limit(s));
        }
        evidence.addAll(logErrors);
        boolean looping = s.restarting() || s.restartCount() >= CrashLoopAnalyzer.LOOP_RESTARTS;
        if (looping) {
            String title = s.name() + " is in a crash loop: restarted " + s.restartCount() + " times, last exit " + s.exitCode()
                + (s.oomKilled() ? " (OOM-killed)" : "") + (s.restarting() ? "" : "; its policy " + s.restartPolicy() + " gave up");
            return Optional.of(new Finding(analyzer, s.restarting() ? Severity.CRITICAL : Severity.WARNING, s.target(), title,
                evidence, cause(s), fix(s), null, List.of()));
        }
        if (s.running() || s.exitCode() == 0 || (!s.oomKilled() && (s.exitCode() == 143 || s.exitCode() == 137))) {
            return Optional.empty(); // up again, a clean exit, or stopped on purpose (SIGTERM/SIGKILL from docker stop)
        }
        boolean nothingRestarts = "no".equals(s.restartPolicy());
        ProposedAction action = nothingRestarts && !s.oomKilled()
            ? new ProposedAction("restart_container", Map.of("container", s.name(), "host", s.host()),
                s.name() + " exited with code " + s.exitCode() + " and has no restart policy; start it again")
            : null;
        return Optional.of(new Finding(analyzer, Severity.WARNING, s.target(), s.name() + " exited with code " + s.exitCode()
            + (s.oomKilled() ? " (OOM-killed)" : "") + (nothingRestarts ? " and nothing restarts it" : ""), evidence, cause(s),
            s.oomKilled() ? fix(s) : "Read why in its log (check_container_logs container=" + s.name() + "), fix it, then restart it"
                + (nothingRestarts ? "; a restart policy such as unless-stopped brings it back after the next failure" : ""),
            action, List.of()));
    }

    private static String cause(ContainerStatus s) {
        if (s.oomKilled()) {
            return "The kernel killed it for using more memory than its limit (" + limit(s) + "): exit 137, OOMKilled. "
                + (s.restartCount() > 0 ? "Its restart policy starts it again and it runs out again." : "");
        }
        return "It exits with code " + s.exitCode() + ContainerTexts.meaning(s.exitCode()) + " soon after each start"
            + (s.restartCount() > 0 ? " and its restart policy (" + s.restartPolicy() + ") " + (s.restarting() ? "starts it again"
                : "started it again until it gave up") : "")
            + "; the log lines above show why.";
    }

    private static String fix(ContainerStatus s) {
        if (s.oomKilled()) {
            String more = s.memoryLimit() > 0 ? Units.bytes(s.memoryLimit() * 2) : "a limit that fits";
            return "Raise its memory limit above " + limit(s) + " (e.g. docker update --memory " + mebibytes(s.memoryLimit() * 2)
                + " --memory-swap " + mebibytes(s.memoryLimit() * 2) + " " + s.name() + ", or mem_limit in its compose file: "
                + more + "), or find what makes it grow. Restarting it alone will not help.";
        }
        return "Fix what its log shows (configuration, a missing dependency or volume, a bad command): check_container_logs container="
            + s.name() + ". Restarting it will not help until then.";
    }

    private static String limit(ContainerStatus s) {
        return s.memoryLimit() > 0 ? Units.bytes(s.memoryLimit()) : "none set, so the host itself ran out";
    }

    private static String mebibytes(long bytes) {
        return bytes <= 0 ? "1g" : Math.max(1, bytes >> 20) + "m";
    }
}
