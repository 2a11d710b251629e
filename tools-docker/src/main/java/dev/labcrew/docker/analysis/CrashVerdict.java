package dev.labcrew.docker.analysis;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.ProposedAction;
import dev.labcrew.core.output.Units;
import dev.labcrew.docker.container.ContainerStatus;
import dev.labcrew.docker.container.ExitCodes;
import dev.labcrew.docker.container.KillSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Decides what one troubled container's state means, and what would fix it. */
final class CrashVerdict {
    private CrashVerdict() {
    }

    static Optional<Finding> of(String analyzer, ContainerStatus s, List<String> logErrors) {
        boolean outside = !s.oomKilled() && s.killedBy() == KillSource.OUTSIDE_DOCKER;
        List<String> evidence = new ArrayList<>();
        evidence.add("inspect: state " + s.state() + ", RestartCount " + s.restartCount() + ", ExitCode " + s.exitCode()
            + ", OOMKilled " + s.oomKilled() + ", restart policy " + s.restartPolicy());
        if (outside) {
            evidence.add("events: no kill, stop or oom event in the engine's log for its last run");
        }
        if (s.oomKilled() || outside) {
            evidence.add("inspect: memory limit " + limit(s));
        }
        evidence.addAll(logErrors);
        String how = s.oomKilled() ? " (OOM-killed)" : outside ? " (SIGKILL from outside Docker)" : "";
        boolean looping = s.restarting() || s.restartCount() >= CrashLoopAnalyzer.LOOP_RESTARTS;
        if (looping) {
            String title = s.name() + " is in a crash loop: restarted " + s.restartCount() + " times, last exit " + s.exitCode() + how
                + (s.restarting() ? "" : "; its policy " + s.restartPolicy() + " gave up");
            return Optional.of(new Finding(analyzer, s.restarting() ? Severity.CRITICAL : Severity.WARNING, s.target(), title,
                evidence, cause(s, outside), fix(s, outside), null, List.of()));
        }
        if (s.running() || s.exitCode() == 0 || (!s.oomKilled() && !outside && (s.exitCode() == 143 || s.exitCode() == 137))) {
            return Optional.empty(); // up again, a clean exit, or stopped on purpose (SIGTERM/SIGKILL from docker stop)
        }
        boolean nothingRestarts = "no".equals(s.restartPolicy());
        ProposedAction action = nothingRestarts && !s.oomKilled() && !outside
            ? new ProposedAction("restart_container", Map.of("container", s.name(), "host", s.host()),
                s.name() + " exited with code " + s.exitCode() + " and has no restart policy; start it again")
            : null;
        return Optional.of(new Finding(analyzer, Severity.WARNING, s.target(), s.name() + " exited with code " + s.exitCode() + how
            + (nothingRestarts ? " and nothing restarts it" : ""), evidence, cause(s, outside),
            s.oomKilled() || outside ? fix(s, outside) : "Read why in its log (check_container_logs container=" + s.name()
                + "), fix it, then restart it"
                + (nothingRestarts ? "; a restart policy such as unless-stopped brings it back after the next failure" : ""),
            action, List.of()));
    }

    private static String cause(ContainerStatus s, boolean outside) {
        String again = s.restartCount() > 0 ? "Its restart policy starts it again and it runs out again." : "";
        if (s.oomKilled()) {
            return "The kernel killed it for using more memory than its limit (" + limit(s) + "): exit 137, OOMKilled. " + again;
        }
        if (outside) {
            // moby/moby#41929: the flag comes from an OOM event that can arrive late or never on cgroup v2
            return "Nothing sent its SIGKILL through Docker (no docker stop, kill or restart in the engine's log for this run): "
                + (s.memoryLimit() > 0 ? "most likely the kernel's OOM killer at its memory limit of " + limit(s)
                    + ", whose OOMKilled flag Docker misses on some cgroup v2 hosts (moby/moby#41929). " + again
                    : "most likely the host ran out of memory (no limit is set), or a kill -9 on the host.");
        }
        return "It exits with code " + s.exitCode() + ExitCodes.meaning(s.exitCode(), false) + " soon after each start"
            + (s.restartCount() > 0 ? " and its restart policy (" + s.restartPolicy() + ") " + (s.restarting() ? "starts it again"
                : "started it again until it gave up") : "")
            + "; the log lines above show why.";
    }

    private static String fix(ContainerStatus s, boolean outside) {
        String confirm = outside ? "Confirm it in the host's kernel log (dmesg | grep -i 'killed process' names the process), then " : "";
        if (s.oomKilled() || outside && s.memoryLimit() > 0) {
            String more = s.memoryLimit() > 0 ? Units.bytes(s.memoryLimit() * 2) : "a limit that fits";
            return confirm + (outside ? "raise" : "Raise") + " its memory limit above " + limit(s) + " (e.g. docker update --memory "
                + mebibytes(s.memoryLimit() * 2) + " --memory-swap " + mebibytes(s.memoryLimit() * 2) + " " + s.name()
                + ", or mem_limit in its compose file: " + more + "), or find what makes it grow. Restarting it alone will not help.";
        }
        if (outside) {
            return confirm + "find what uses the host's memory (free -m, ps aux --sort=-rss | head), and give the big users a memory"
                + " limit (docker update --memory) so the kernel does not pick " + s.name() + ".";
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
