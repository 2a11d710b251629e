package dev.labcrew.proxmox.diagnosis;

import dev.labcrew.core.Severity;
import java.util.List;

/**
 * The texts of one config check as written in signatures.json; the matching {@link ConfigCheck}
 * decides when it fires. {@code cause} and {@code fix} may use {@code {vmid}}, {@code {node}},
 * {@code {features}} and the values the check supplies.
 */
record ConfigCheckSpec(String id, Severity severity, String title, String cause, String fix, boolean needsHost,
        List<String> sources) {

    ConfigCheckSpec {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
