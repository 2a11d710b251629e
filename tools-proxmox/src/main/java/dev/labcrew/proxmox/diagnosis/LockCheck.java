package dev.labcrew.proxmox.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A config lock: stale when no task runs for the guest, in use otherwise. */
final class LockCheck implements ConfigCheck {

    static final String STALE = "stale-lock";
    static final String IN_USE = "lock-in-use";

    @Override
    public Set<String> ids() {
        return Set.of(STALE, IN_USE);
    }

    @Override
    public List<Hit> check(StartupEvidence evidence, ContainerConfig config) {
        String lock = evidence.lock() != null ? evidence.lock() : evidence.config().get("lock");
        if (lock == null || lock.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(Source.CONFIG.cite("lock: " + lock));
        evidence.activeTasks().forEach(t -> lines.add(Source.ACTIVE_TASKS.cite(t)));
        String id = evidence.activeTasks().isEmpty() ? STALE : IN_USE;
        return List.of(new Hit(id, lines, Map.of("lock", lock)));
    }
}
