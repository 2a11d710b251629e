package dev.labcrew.proxmox.storage;

import dev.labcrew.core.TextResult;
import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import dev.labcrew.proxmox.Gap;
import java.util.List;

/** Storages per node with usage; warnings over 85 % and 95 % and for inactive ones; nodes not read are gaps. */
public record StorageList(List<StorageRow> storages, List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        StringBuilder out = new StringBuilder().append(storages.size()).append(" storages\n");
        warnings.forEach(w -> out.append(w).append('\n'));
        gaps.forEach(g -> out.append(g.line()).append('\n'));
        TextTable table = new TextTable("NODE", "STORAGE", "TYPE", "STATE", "USED", "CONTENT", "SHARED");
        storages.forEach(s -> table.row(s.node(), s.storage(), s.type(),
            !s.isEnabled() ? "disabled" : s.active() ? "active" : "INACTIVE",
            s.total() > 0 ? Units.usage(s.used(), s.total()) : "-", s.content(), s.shared() ? "yes" : "no"));
        return out.append(table.render()).toString().strip();
    }
}
