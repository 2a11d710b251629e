package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;

/** Renders a snapshot report. */
final class SnapshotText {
    private SnapshotText() {
    }

    static String render(SnapshotReport r) {
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(r.vmid()).append(" on ").append(r.node()).append(": ").append(r.snapshots().size()).append(" snapshots");
        if (r.currentParent() != null) {
            out.append(", current state descends from '").append(r.currentParent()).append('\'');
        }
        out.append('\n');
        r.warnings().forEach(w -> out.append(w).append('\n'));
        if (!r.snapshots().isEmpty()) {
            TextTable table = new TextTable("NAME", "TAKEN", "AGE", "PARENT", "DESCRIPTION");
            for (SnapshotInfo s : r.snapshots()) {
                String description = s.description() == null ? "" : s.description().strip().replace('\n', ' ');
                table.row(s.name(), LogText.time(s.snaptime()), Units.duration(s.ageSeconds()), s.parent(),
                    description.length() > 60 ? description.substring(0, 57) + "..." : description);
            }
            out.append(table.render());
        }
        return out.toString().strip();
    }
}
