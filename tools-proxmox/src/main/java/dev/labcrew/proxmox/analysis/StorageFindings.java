package dev.labcrew.proxmox.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One storage row of {@code /nodes/{node}/storage} judged: inactive, or over 85 % / 95 % full. */
final class StorageFindings {
    static final double WARN = 0.85;
    static final double CRITICAL = 0.95;

    private StorageFindings() {
    }

    static Optional<Finding> of(String analyzer, String node, JsonNode s) {
        String id = s.path("storage").asText();
        String type = s.path("type").asText();
        String target = "storage/" + id + "@" + node;
        if (s.path("enabled").asInt(1) == 1 && s.path("active").asInt(1) == 0) {
            return Optional.of(new Finding(analyzer, Severity.CRITICAL, target,
                "Storage " + id + " (" + type + ") is not active on " + node,
                List.of("storage: " + id + " on " + node + ": active 0, type " + type),
                "PVE cannot activate the storage (for " + type + ": " + hint(type) + "); guests with a disk on it fail "
                    + "to start with \"storage '" + id + "' is not online\" and backups to it fail.",
                "On " + node + " as root: pvesm status; " + check(type, id) + ". Once it is reachable, pvesm status shows it "
                    + "active and the guests start again.", null,
                List.of(target + ": " + check(type, id)), "storage-inactive"));
        }
        double used = s.path("used_fraction").asDouble(-1);
        if (used < WARN) {
            return Optional.empty();
        }
        String pct = String.format(Locale.ROOT, "%.1f%%", used * 100);
        boolean critical = used >= CRITICAL;
        return Optional.of(new Finding(analyzer, critical ? Severity.CRITICAL : Severity.WARNING, target,
            "Storage " + id + " on " + node + " is " + pct + " full",
            List.of("storage: " + id + " on " + node + ": used " + s.path("used").asLong() + " of " + s.path("total").asLong()
                + " bytes (" + pct + ")"),
            "Thin pools and datasets that fill up stop every guest writing to them (I/O errors, read-only filesystems); "
                + "backups and snapshots to it fail first.",
            "Free space on " + id + ": delete old backups and snapshots (pvesm list " + id + "), move disks to another "
                + "storage, or grow it.", null, List.of(), "storage-full"));
    }

    private static String hint(String type) {
        return switch (type) {
            case "nfs", "cifs" -> "the server does not answer or the export is not mounted";
            case "zfspool" -> "the pool is not imported";
            case "lvm", "lvmthin" -> "the volume group is missing";
            case "pbs" -> "the backup server does not answer";
            default -> "its backing device or path is unavailable";
        };
    }

    private static String check(String type, String id) {
        return switch (type) {
            case "nfs" -> "check the server (showmount -e SERVER, ping) and remount: pvesm set " + id + " --disable 0";
            case "cifs" -> "check the share and its credentials, then pvesm set " + id + " --disable 0";
            case "zfspool" -> "zpool import POOL and zpool status";
            case "lvm", "lvmthin" -> "vgscan and vgchange -ay";
            default -> "check the device or path behind it";
        };
    }
}
