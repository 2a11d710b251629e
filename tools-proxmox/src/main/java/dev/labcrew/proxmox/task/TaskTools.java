package dev.labcrew.proxmox.task;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.core.analysis.Fanout;
import dev.labcrew.proxmox.Gap;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveRequires;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recent tasks across the cluster: one request per online node. */
public final class TaskTools {
    private static final Pattern SINCE = Pattern.compile("(\\d{1,4})([mhd])");
    private static final int PER_NODE = 50;

    private final ProxmoxClient client;
    private final Clock clock;

    public TaskTools(ProxmoxClient client) {
        this(client, Clock.systemUTC());
    }

    public TaskTools(ProxmoxClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Tool(name = "list_recent_tasks", value = "Recent Proxmox tasks, failed first.")
    @ToolRisk(Risk.READ_ONLY)
    @PveRequires(value = "Sys.Audit@/nodes/{node}")
    public TaskList listRecentTasks(@P(value = "", required = false) Integer vmid,
                                    @P(value = "e.g. vzdump, vzstart", required = false) String type,
                                    @P(value = "e.g. 12h, 7d (default)", required = false) String since) {
        long now = clock.instant().getEpochSecond();
        long from = now - seconds(since == null || since.isBlank() ? "7d" : since.trim());
        List<TaskSummary> tasks = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        // one read per node, a few at a time
        Fanout.map(client.nodes().list(), n -> "online".equals(n.status())
                ? Gap.attempt("tasks of " + n.node(), "Sys.Audit on /nodes/" + n.node(),
                    () -> client.tasks().list(n.node(), vmid, type, PER_NODE))
                : new Gap.Attempt<List<TaskSummary>>(null, new Gap("tasks of " + n.node(), "", 0, "node is " + n.status())))
            .forEach(read -> read.into(gaps).ifPresent(tasks::addAll));
        List<TaskSummary> chosen = tasks.stream().filter(t -> t.starttime() >= from)
            .sorted(Comparator.comparing(TaskSummary::failed).reversed().thenComparing(Comparator.comparingLong(TaskSummary::starttime).reversed()))
            .toList();
        String filters = (vmid == null ? "" : "vmid=" + vmid + " ") + (type == null ? "" : "type=" + type + " ")
            + "since=" + (since == null ? "7d" : since);
        return new TaskList(chosen, filters.strip(), now, gaps);
    }

    private static long seconds(String since) {
        Matcher m = SINCE.matcher(since);
        if (!m.matches()) {
            throw LabcrewException.badInput("since must be a number and m, h or d, got '" + since + "'", "e.g. since=24h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> n * 60;
            case "h" -> n * 3600;
            default -> n * 86_400;
        };
    }
}
