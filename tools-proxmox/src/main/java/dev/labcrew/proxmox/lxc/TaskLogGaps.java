package dev.labcrew.proxmox.lxc;

import dev.labcrew.proxmox.task.TaskSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Task logs that could not be read, one gap line per reason naming the tasks once each: a token without the
 * privilege fails every log alike, and a line per task repeated the task id three times for nothing.
 */
final class TaskLogGaps {
    private final Map<String, List<String>> tasksByReason = new LinkedHashMap<>();

    /** Notes that the log of {@code task} failed with {@code message}, which may name the task's id or path. */
    void add(TaskSummary task, String message) {
        String reason = message.replace(task.upid(), "UPID");
        tasksByReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(task.type() + " " + LogText.time(task.starttime()));
    }

    /** One line per reason: {@code logs of 2 tasks not read (vzstart 2026-12-05 19:26Z, ...): reason}. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        tasksByReason.forEach((reason, tasks) -> lines.add((tasks.size() == 1 ? "log of task " : "logs of " + tasks.size() + " tasks ")
            + String.join(", ", tasks) + " not read: " + reason));
        return lines;
    }
}
