package dev.labcrew.docker.system;

import dev.labcrew.core.output.Units;

/** Renders engine health as compact text for a model, warnings first. */
final class SystemText {
    private SystemText() {
    }

    static String render(SystemHealth h) {
        StringBuilder out = new StringBuilder();
        out.append("Docker ").append(h.engineVersion()).append(" on ").append(h.host()).append(" (API ").append(h.apiVersion())
            .append(" of ").append(h.engineApiVersion()).append("): ").append(h.warnings().isEmpty() ? "no warnings"
                : h.warnings().size() + " warnings").append('\n');
        h.warnings().forEach(w -> out.append("WARNING ").append(w).append('\n'));
        out.append("containers ").append(h.running()).append(" running, ").append(h.paused()).append(" paused, ")
            .append(h.stopped()).append(" stopped; images ").append(h.images()).append('\n');
        DiskUsage d = h.disk();
        out.append("disk: images ").append(size(d.images())).append(" (reclaimable ").append(size(d.imagesReclaimable()))
            .append(", dangling ").append(size(d.danglingReclaimable())).append("), containers ").append(size(d.containers()))
            .append(", volumes ").append(size(d.volumes())).append(" (unused ").append(size(d.volumesReclaimable()))
            .append("), build cache ").append(size(d.buildCache())).append(" (reclaimable ").append(size(d.buildCacheReclaimable()))
            .append(")\n");
        out.append(h.os()).append(", kernel ").append(h.kernel()).append(", ").append(h.cpus()).append(" CPUs, ")
            .append(Units.bytes(h.memTotal())).append(" memory, storage ").append(h.storageDriver())
            .append(h.cgroupVersion().isEmpty() ? "" : ", cgroup v" + h.cgroupVersion()).append(", root ").append(h.rootDir());
        return out.toString();
    }

    private static String size(long bytes) {
        return bytes < 0 ? "?" : Units.bytes(bytes);
    }
}
