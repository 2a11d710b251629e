package dev.labcrew.docker.image;

import dev.labcrew.core.output.TextTable;
import dev.labcrew.core.output.Units;
import java.time.Instant;

/** Renders image lists and prune outcomes as compact text for a model. */
final class ImageText {
    private ImageText() {
    }

    static String list(ImageList list) {
        var rows = list.images();
        long total = rows.stream().mapToLong(ImageRow::size).sum();
        long dangling = rows.stream().filter(ImageRow::dangling).count();
        long unused = rows.stream().filter(ImageRow::unused).count();
        long unusedSize = rows.stream().filter(ImageRow::unused).mapToLong(ImageRow::size).sum();
        StringBuilder out = new StringBuilder().append(rows.size()).append(list.danglingOnly() ? " dangling" : "")
            .append(" images on ").append(list.host()).append(", ").append(Units.bytes(total))
            .append(" (layers shared between images count once on disk)\n");
        out.append(dangling).append(" dangling, ").append(Units.bytes(list.danglingReclaimable()))
            .append(" reclaimable with prune_docker_images; ").append(unused).append(" unused by any container, ")
            .append(Units.bytes(unusedSize)).append(" with all=true\n");
        if (rows.isEmpty()) {
            return out.append("No images.").toString();
        }
        TextTable table = new TextTable("ID", "TAGS", "SIZE", "CREATED", "CONTAINERS", "NOTE");
        long now = Instant.now().getEpochSecond();
        for (ImageRow r : rows) {
            table.row(r.id(), r.dangling() ? "<none>" : String.join(",", r.tags()), Units.bytes(r.size()),
                Units.duration(now - r.created()) + " ago", String.valueOf(r.containers()),
                r.dangling() ? "dangling" : r.unused() ? "unused" : "");
        }
        return out.append(table.render()).toString().strip();
    }

    static String prune(PruneOutcome o) {
        StringBuilder out = new StringBuilder();
        out.append(o.failed().isEmpty() ? "DONE" : "PARTLY DONE").append(" prune_docker_images on ").append(o.host()).append(": removed ")
            .append(o.removed().size()).append(" images, about ").append(Units.bytes(o.reclaimed())).append(" reclaimed\n");
        o.removed().forEach(r -> out.append("  removed ").append(r).append('\n'));
        o.failed().forEach((id, why) -> out.append("  NOT removed ").append(id).append(": ").append(why).append('\n'));
        return out.append(o.verified()).toString();
    }
}
