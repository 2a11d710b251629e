package dev.labcrew.proxmox.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/** Where an evidence line comes from; {@code key} is the name used in signatures.json. */
enum Source {
    TASK_LOG("taskLog", "task log"),
    JOURNAL("journal", "journal"),
    EXIT_STATUS("exitStatus", "exit status"),
    GAPS("gaps", "gap"),
    CONFIG("config", "config"),
    ACTIVE_TASKS("activeTasks", "active task");

    final String key;
    final String label;

    Source(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The line as a finding shows it: prefixed with where it came from. */
    String cite(String line) {
        return label + ": " + line;
    }

    /** True for the sources that describe the start itself rather than the configuration. */
    boolean aboutStart() {
        return this == TASK_LOG || this == JOURNAL || this == EXIT_STATUS || this == GAPS;
    }

    @JsonCreator
    static Source of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source '" + key + "'"));
    }
}
