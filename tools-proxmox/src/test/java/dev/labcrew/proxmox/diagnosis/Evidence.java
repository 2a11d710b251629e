package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test builder for {@link StartupEvidence}: a stopped container on node pve1 with nothing else known. */
final class Evidence {

    private final int vmid;
    private String node = "pve1";
    private String status = "stopped";
    private String lock;
    private StartTask start;
    private final List<String> journal = new ArrayList<>();
    private final Map<String, String> config = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> rawLxc = new ArrayList<>();
    private final List<String> activeTasks = new ArrayList<>();
    private final List<String> gaps = new ArrayList<>();

    private Evidence(int vmid) {
        this.vmid = vmid;
    }

    static Evidence ct(int vmid) {
        return new Evidence(vmid).config("unprivileged", "1");
    }

    Evidence node(String node) {
        this.node = node;
        return this;
    }

    Evidence status(String status) {
        this.status = status;
        return this;
    }

    Evidence lock(String lock) {
        this.lock = lock;
        return config("lock", lock);
    }

    Evidence start(String exitStatus, String... log) {
        this.start = new StartTask("UPID:" + node + ":0000A1B2:00C0FFEE:6745E2B1:vzstart:" + vmid + ":root@pam:",
                "root@pam", 1_732_477_361L, exitStatus, List.of(log));
        return this;
    }

    Evidence journal(String... lines) {
        journal.addAll(List.of(lines));
        return this;
    }

    Evidence config(String key, String value) {
        if (value == null) {
            config.remove(key);
        } else {
            config.put(key, value);
        }
        return this;
    }

    Evidence raw(String key, String value) {
        rawLxc.add(Map.entry(key, value));
        return this;
    }

    Evidence activeTask(String upid) {
        activeTasks.add(upid);
        return this;
    }

    Evidence gap(String gap) {
        gaps.add(gap);
        return this;
    }

    StartupEvidence build() {
        return new StartupEvidence(vmid, node, status, lock, start, journal, config, rawLxc, activeTasks, gaps);
    }

    StartupDiagnosis diagnose() {
        return StartupDiagnostician.withBuiltInKnowledge().diagnose(build());
    }
}
