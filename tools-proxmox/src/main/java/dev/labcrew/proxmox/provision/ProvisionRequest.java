package dev.labcrew.proxmox.provision;

import dev.labcrew.core.LabcrewException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checked arguments of {@code provision_lxc}: what the human asked for, before anything is read from the lab.
 * Argument names and formats follow {@code POST /nodes/{node}/lxc} (apidata.json: {@code ostemplate} is the archive's
 * volume id, {@code hostname} a dns-name, {@code vmid} 100 to 999999999).
 */
record ProvisionRequest(String archive, String hostname, Integer vmid, String node, String storage, Integer rootfsGib,
                        List<Mount> mounts, Integer memory, Integer cores, String tags, boolean start) {
    static final Pattern ARCHIVE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*:backup/vzdump-lxc-\\d+-[A-Za-z0-9_.-]+");
    private static final Pattern HOSTNAME = Pattern.compile("(?=.{1,63}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern STORAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern TAGS = Pattern.compile("[a-z0-9_][a-z0-9_+.-]*(;[a-z0-9_][a-z0-9_+.-]*)*");

    /** One new mount point: a volume of {@code gib} GiB on {@code storage}, mounted at {@code path}. */
    record Mount(String storage, int gib, String path) {
        String volume() {
            return storage + ":" + gib + ",mp=" + path;
        }
    }

    static ProvisionRequest parse(Map<String, Object> args) {
        String archive = text(args, "archive");
        if (archive == null || !ARCHIVE.matcher(archive).matches()) {
            throw LabcrewException.badInput("archive must be the volume id of an LXC vzdump archive, got " + archive,
                "e.g. archive=local:backup/vzdump-lxc-9100-2026_06_09-20_41_10.tar.zst; list them with check_backups");
        }
        String hostname = text(args, "hostname");
        if (hostname == null || !HOSTNAME.matcher(hostname).matches()) {
            throw LabcrewException.badInput("hostname must be one DNS label (letters, digits, '-'), got " + hostname, "e.g. hostname=web1");
        }
        Integer vmid = number(args, "vmid", 100, 999_999_999);
        String storage = text(args, "storage") == null ? "local-lvm" : text(args, "storage");
        if (!STORAGE.matcher(storage).matches()) {
            throw LabcrewException.badInput("storage is a storage id, got " + storage, "e.g. storage=local-lvm");
        }
        String tags = text(args, "tags");
        if (tags != null && !TAGS.matcher(tags).matches()) {
            throw LabcrewException.badInput("tags are lowercase words separated by ';', got " + tags, "e.g. tags=web;prod");
        }
        Object start = args.get("start");
        return new ProvisionRequest(archive, hostname, vmid, text(args, "node"), storage, number(args, "rootfs_gib", 1, 4096),
            mounts(text(args, "mounts")), number(args, "memory", 16, 64 * 1024 * 1024), number(args, "cores", 1, 8192), tags,
            start == null || Boolean.parseBoolean(start.toString()));
    }

    /** The arguments again, as a job keeps them. */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("archive", archive);
        map.put("hostname", hostname);
        putIf(map, "vmid", vmid);
        putIf(map, "node", node);
        map.put("storage", storage);
        putIf(map, "rootfs_gib", rootfsGib);
        if (!mounts.isEmpty()) {
            map.put("mounts", String.join(",", mounts.stream().map(m -> m.storage() + ":" + m.gib() + ":" + m.path()).toList()));
        }
        putIf(map, "memory", memory);
        putIf(map, "cores", cores);
        putIf(map, "tags", tags);
        map.put("start", start);
        return map;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static List<Mount> mounts(String text) {
        List<Mount> mounts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return mounts;
        }
        for (String item : text.split(",")) {
            String[] parts = item.trim().split(":", 3);
            if (parts.length != 3 || !STORAGE.matcher(parts[0]).matches() || !parts[1].matches("\\d{1,4}")
                || !parts[2].matches("/[A-Za-z0-9_./-]*") || parts[2].contains("..")) {
                throw LabcrewException.badInput("a mount is STORAGE:GiB:/path, got " + item.trim(), "e.g. mounts=local-lvm:4:/srv/data");
            }
            mounts.add(new Mount(parts[0], Integer.parseInt(parts[1]), parts[2]));
        }
        if (mounts.size() > 10) {
            throw LabcrewException.badInput("at most 10 mounts, got " + mounts.size(), "attach more later");
        }
        return mounts;
    }

    private static String text(Map<String, Object> args, String key) {
        Object value = args.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static Integer number(Map<String, Object> args, String key, int min, int max) {
        Object value = args.get(key);
        if (value == null) {
            return null;
        }
        long number;
        try {
            number = value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw LabcrewException.badInput(key + " must be a whole number, got " + value, key + "=" + min);
        }
        if (number < min || number > max) {
            throw LabcrewException.badInput(key + " must be " + min + " to " + max + ", got " + number, key + "=" + min);
        }
        return (int) number;
    }
}
