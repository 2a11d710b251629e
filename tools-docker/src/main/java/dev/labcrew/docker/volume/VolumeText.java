package dev.labcrew.docker.volume;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;

/** Renders a volume report as compact text for a model. */
final class VolumeText {
    private VolumeText() {
    }

    static String render(VolumeReport r) {
        long unused = r.volumes().stream().filter(VolumeRow::unused).count();
        StringBuilder out = new StringBuilder().append(r.volumes().size()).append(" volumes on ").append(r.host()).append(", ")
            .append(unused).append(" unused by any container (").append(Units.bytes(r.unusedSize())).append(")\n");
        if (r.sizeNote() != null) {
            out.append(r.sizeNote()).append('\n');
        }
        r.warnings().forEach(w -> out.append("WARNING ").append(w).append('\n'));
        if (r.volumes().isEmpty()) {
            return out.append("No volumes.").toString();
        }
        TextTable table = new TextTable("NAME", "DRIVER", "SIZE", "USED BY");
        for (VolumeRow v : r.volumes()) {
            table.row(v.name(), v.driver(), v.size() < 0 ? "?" : Units.bytes(v.size()),
                v.unused() ? "unused" : String.join(",", v.usedBy()));
        }
        out.append(table.render());
        if (unused > 0) {
            out.append("An unused volume may still hold data someone needs: check before 'docker volume rm NAME'.");
        }
        return out.toString().strip();
    }
}
