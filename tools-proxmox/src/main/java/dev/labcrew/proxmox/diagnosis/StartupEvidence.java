package dev.labcrew.proxmox.diagnosis;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one container's last start, gathered by the caller; plain data, no HTTP.
 *
 * <p>Null collections become empty ones. {@code status} is {@code running}, {@code stopped} or
 * {@code unknown}. {@code journal} holds the node journal lines of unit {@code pve-container@VMID},
 * oldest first, in journal format ({@code "Nov 24 19:40:01 pve1 systemd[1]: pve-container@102.service: ..."}).
 * {@code config} holds the flat PVE config keys ({@code features}, {@code unprivileged}, {@code mp0},
 * {@code lock}, ...); {@code rawLxc} the raw {@code lxc.*} keys in file order. {@code gaps} names
 * evidence that could not be read, for example
 * {@code "node journal: the token lacks Sys.Syslog on /nodes/pve1"}.
 *
 * @param vmid the container id
 * @param node the node the container lives on
 * @param status the current status
 * @param lock the config lock, or null
 * @param lastStart the newest vzstart task for this container, or null
 * @param journal node journal lines for the container's systemd unit
 * @param config flat config keys
 * @param rawLxc raw lxc.* keys in order
 * @param activeTasks UPIDs or types of tasks still running for this guest
 * @param gaps evidence that could not be read, and why
 */
public record StartupEvidence(int vmid, String node, String status, String lock, StartTask lastStart,
        List<String> journal, Map<String, String> config, List<Map.Entry<String, String>> rawLxc,
        List<String> activeTasks, List<String> gaps) {

    /** Copies every collection and replaces nulls with empty ones. */
    public StartupEvidence {
        status = status == null ? "unknown" : status;
        journal = journal == null ? List.of() : List.copyOf(journal);
        config = config == null ? Map.of() : Map.copyOf(config);
        rawLxc = rawLxc == null ? List.of() : rawLxc.stream().map(en -> Map.entry(en.getKey(), en.getValue())).toList();
        activeTasks = activeTasks == null ? List.of() : List.copyOf(activeTasks);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }
}
