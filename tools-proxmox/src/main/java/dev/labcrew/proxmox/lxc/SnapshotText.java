package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.output.Compact;

/** Renders a snapshot report: newest first, one line each with its age, parent and description. */
final class SnapshotText {
    private static final int DESCRIPTION_CHARS = 60;

    private SnapshotText() {
    }

    static String render(SnapshotReport r) {
        StringBuilder out = new StringBuilder();
        out.append("CT ").append(r.vmid()).append(" on ").append(r.node()).append(": ").append(r.snapshots().size()).append(" snapshots");
        if (r.currentParent() != null) {
            out.append(", current state from ").append(r.currentParent());
        }
        r.warnings().forEach(w -> out.append('\n').append(w));
        for (SnapshotInfo s : r.snapshots()) {
            String description = s.description() == null ? "" : s.description().strip().replace('\n', ' ');
            out.append('\n').append(s.name()).append(' ').append(Compact.duration(s.ageSeconds())).append(" old")
               .append(s.parent() == null ? "" : " after " + s.parent())
               .append(description.isEmpty() ? "" : ": " + (description.length() > DESCRIPTION_CHARS
                   ? description.substring(0, DESCRIPTION_CHARS - 3) + "..." : description));
        }
        return out.toString();
    }
}
