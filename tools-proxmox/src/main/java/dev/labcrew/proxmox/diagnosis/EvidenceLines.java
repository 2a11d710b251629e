package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The evidence of one container as lines per source, in the form findings quote them. */
final class EvidenceLines {

    private final Map<Source, List<String>> lines;

    private EvidenceLines(Map<Source, List<String>> lines) {
        this.lines = lines;
    }

    static EvidenceLines of(StartupEvidence e) {
        Map<Source, List<String>> lines = new EnumMap<>(Source.class);
        StartTask task = e.lastStart();
        List<String> log = task == null ? List.of() : task.log();
        lines.put(Source.TASK_LOG, log);
        lines.put(Source.EXIT_STATUS, exitStatus(task, log));
        lines.put(Source.JOURNAL, e.journal());
        lines.put(Source.GAPS, e.gaps());
        lines.put(Source.CONFIG, configLines(e));
        lines.put(Source.ACTIVE_TASKS, e.activeTasks());
        return new EvidenceLines(lines);
    }

    List<String> get(Source source) {
        return lines.get(source);
    }

    /** The exit status, unless the log's last line already says the same. */
    private static List<String> exitStatus(StartTask task, List<String> log) {
        if (task == null || task.exitStatus() == null || log.contains("TASK ERROR: " + task.exitStatus())) {
            return List.of();
        }
        return List.of(task.exitStatus());
    }

    /** Flat keys sorted by name, then the raw lxc.* keys in file order, each as {@code key: value}. */
    private static List<String> configLines(StartupEvidence e) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(e.config()).forEach((k, v) -> out.add(k + ": " + v));
        e.rawLxc().forEach(en -> out.add(en.getKey() + ": " + en.getValue()));
        return List.copyOf(out);
    }
}
