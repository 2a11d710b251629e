package dev.labcrew.proxmox.task;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.Vmids;
import dev.labcrew.proxmox.internal.LogTail;
import dev.labcrew.proxmox.internal.NodeNames;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Task list, status and logs. A token sees its own tasks; tasks of other users (a start at boot
 * belongs to root@pam) need Sys.Audit on {@code /nodes/{node}}, else they are missing or 403.
 */
public final class TaskApi {
    private static final TypeReference<List<TaskSummary>> SUMMARIES = new TypeReference<>() { };
    private static final TypeReference<TaskStatus> STATUS = new TypeReference<>() { };
    private static final TypeReference<List<TaskLogLine>> LINES = new TypeReference<>() { };

    private final ProxmoxClient client;

    public TaskApi(ProxmoxClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Finished and running tasks of a node, newest first.
     *
     * @param vmid only tasks of this guest, or null
     * @param typefilter exactly one task type (e.g. {@code vzstart}), or null
     */
    public List<TaskSummary> list(String node, Integer vmid, String typefilter, int limit) {
        if (limit < 1) {
            throw LabcrewException.badInput("limit must be at least 1, got " + limit, "e.g. limit=20");
        }
        Map<String, String> query = new HashMap<>();
        query.put("limit", String.valueOf(limit));
        query.put("source", "all");
        if (vmid != null) {
            query.put("vmid", String.valueOf(Vmids.require(vmid)));
        }
        if (typefilter != null && !typefilter.isBlank()) {
            query.put("typefilter", typefilter.trim());
        }
        List<TaskSummary> rows = client.get("/nodes/" + NodeNames.require(node) + "/tasks", query, SUMMARIES);
        return rows == null ? List.of()
                : rows.stream().sorted(Comparator.comparingLong(TaskSummary::starttime).reversed()).toList();
    }

    /** Status of the task, asked from the node named in the UPID. */
    public TaskStatus status(String upid) {
        return client.get(taskPath(upid) + "/status", Map.of(), STATUS);
    }

    /** Log lines from {@code start} (0-based), at most {@code limit}. */
    public List<TaskLogLine> log(String upid, int start, int limit) {
        if (start < 0 || limit < 1) {
            throw LabcrewException.badInput("Invalid log window start=" + start + " limit=" + limit,
                    "start is 0 or more, limit 1 or more");
        }
        List<TaskLogLine> rows = client.get(taskPath(upid) + "/log",
                Map.of("start", String.valueOf(start), "limit", String.valueOf(limit)), LINES);
        return rows == null ? List.of() : List.copyOf(rows);
    }

    /** The last {@code lines} lines, oldest first; one request when the log is that short. */
    public List<TaskLogLine> tail(String upid, int lines) {
        if (lines < 1) {
            throw LabcrewException.badInput("lines must be at least 1, got " + lines, "e.g. lines=20");
        }
        return LogTail.read(client, taskPath(upid) + "/log", Map.of(), lines, lines).stream()
                .map(TaskApi::line).toList();
    }

    private static TaskLogLine line(JsonNode item) {
        return new TaskLogLine(item.path("n").asInt(), item.path("t").asText(""));
    }

    private static String taskPath(String upid) {
        Upid parsed = Upid.parse(upid);
        return "/nodes/" + parsed.node() + "/tasks/" + upid.trim();
    }
}
