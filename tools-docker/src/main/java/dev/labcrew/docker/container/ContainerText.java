package dev.labcrew.docker.container;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import java.util.Locale;

/** Renders container lists, states and usage as compact text for a model. */
final class ContainerText {
    private ContainerText() {
    }

    static String list(ContainerList list) {
        var rows = list.containers();
        long running = rows.stream().filter(r -> "running".equals(r.state())).count();
        long troubled = rows.stream().filter(ContainerRow::troubled).count();
        StringBuilder out = new StringBuilder().append(rows.size()).append(" containers on ").append(list.host())
            .append(" (").append(running).append(" running, ").append(troubled).append(" troubled)")
            .append(list.statusFilter() == null ? "" : " [filter: status=" + list.statusFilter() + "]").append('\n');
        if (rows.isEmpty()) {
            return out.append(list.statusFilter() == null ? "No containers." : "No containers match.").toString();
        }
        TextTable table = new TextTable("NAME", "STATE", "HEALTH", "RESTARTS", "UPTIME", "IMAGE", "PORTS", "NOTE");
        for (ContainerRow r : rows) {
            String note = r.oomKilled() ? "OOM-killed, exit " + r.exitCode()
                : "exited".equals(r.state()) || "restarting".equals(r.state()) ? "exit " + r.exitCode() : "";
            table.row(r.name(), r.state(), r.health(), r.restarts() < 0 ? "?" : String.valueOf(r.restarts()),
                "running".equals(r.state()) ? Units.duration(r.uptimeSeconds()) : "-", r.image(),
                r.ports().isEmpty() ? "-" : r.ports(), note);
        }
        return out.append(table.render()).toString().strip();
    }

    static String status(ContainerStatus s) {
        StringBuilder out = new StringBuilder();
        out.append(s.name()).append(" on ").append(s.host()).append(": ").append(s.state().toUpperCase(Locale.ROOT));
        if (s.restarting()) {
            out.append(", restarting after exit code ").append(s.exitCode()).append(exitMeaning(s));
        } else if (s.running()) {
            out.append(", up ").append(Units.duration(s.uptimeSeconds())).append(", pid ").append(s.pid());
        } else {
            out.append(", exit code ").append(s.exitCode()).append(exitMeaning(s));
        }
        out.append('\n');
        if (s.oomKilled()) {
            out.append("WARNING killed by the kernel for running out of memory (OOMKilled); memory limit ")
                .append(s.memoryLimit() > 0 ? Units.bytes(s.memoryLimit()) : "none (the host ran out)").append('\n');
        } else if (s.killedBy() == KillSource.OUTSIDE_DOCKER) {
            out.append("WARNING ").append(outsideDocker(s)).append('\n');
        }
        if (s.restartCount() > 0 || s.restarting()) {
            out.append("WARNING restarted ").append(s.restartCount()).append(" times by its restart policy (")
                .append(s.restartPolicy()).append(")").append(s.restarting() ? "; restarting now: a crash loop" : "").append('\n');
        }
        if (!s.error().isBlank()) {
            out.append("error: ").append(s.error()).append('\n');
        }
        if (s.health() != null) {
            out.append("health: ").append(s.health()).append(s.failingStreak() > 0 ? ", failing streak " + s.failingStreak() : "")
                .append('\n');
            s.healthLog().forEach(p -> out.append("  probe ").append(p).append('\n'));
        }
        out.append("image ").append(s.image()).append(", id ").append(s.id()).append(", restart policy ").append(s.restartPolicy())
            .append(", memory limit ").append(s.memoryLimit() > 0 ? Units.bytes(s.memoryLimit()) : "none")
            .append(s.tty() ? ", tty" : "").append('\n');
        out.append("started ").append(s.startedAt()).append(", finished ").append(s.finishedAt());
        return out.toString();
    }

    static String usage(ContainerUsage u) {
        if (!u.running()) {
            return u.name() + " on " + u.host() + " is " + u.state() + ": no usage to show; start it or read check_container_status";
        }
        String cpu = u.cpuPercent() == null ? "unknown (the engine gave one sample only)"
            : Units.pct(u.cpuPercent()) + " (100% = one CPU; " + u.onlineCpus() + " CPUs available)";
        StringBuilder out = new StringBuilder(u.name() + " on " + u.host() + "\n");
        out.append("cpu ").append(cpu).append('\n');
        out.append("memory ").append(Units.usage(u.memoryUsed(), u.memoryLimit())).append(" (without page cache)\n");
        if (u.memoryPercent() >= 90) {
            out.append("WARNING memory at ").append(Units.pct(u.memoryPercent())).append(" of its limit: an OOM kill is near\n");
        }
        out.append("network rx ").append(Units.bytes(u.netRx())).append(", tx ").append(Units.bytes(u.netTx())).append('\n');
        out.append("block read ").append(Units.bytes(u.blockRead())).append(", write ").append(Units.bytes(u.blockWrite()))
            .append('\n');
        return out.append("pids ").append(u.pids()).toString();
    }

    /** A SIGKILL the engine's log shows nobody sent through Docker, with what most likely sent it. */
    private static String outsideDocker(ContainerStatus s) {
        return "SIGKILL from outside Docker: the engine's log shows no docker stop, kill or restart for this run. "
            + (s.memoryLimit() > 0 ? "With a memory limit of " + Units.bytes(s.memoryLimit()) + " this is most likely the kernel's"
                + " OOM killer, whose OOMKilled flag Docker misses on some cgroup v2 hosts (moby/moby#41929)"
                : "Most likely the host ran out of memory (no limit is set), or a kill -9 on the host")
            + "; the host's kernel log tells: dmesg | grep -i 'killed process'";
    }

    private static String exitMeaning(ContainerStatus s) {
        if (s.exitCode() == 137 && !s.oomKilled()) {
            switch (s.killedBy()) {
                case DOCKER -> {
                    return " (SIGKILL sent through Docker: docker stop's timeout, docker kill or docker restart)";
                }
                case OUTSIDE_DOCKER -> {
                    return " (SIGKILL not sent through Docker)";
                }
                default -> { }
            }
        }
        return ExitCodes.meaning(s.exitCode(), s.oomKilled());
    }
}
