package dev.labcrew.proxmox.task;

import dev.labcrew.core.LabcrewException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task id, {@code UPID:<node>:<pid>:<pstart>:<starttime>:<type>:<id>:<user>:}, with the hex
 * fields decoded. {@code id} may be empty; {@code user} of a token's task is {@code user@realm!token}.
 */
public record Upid(String node, long pid, long pstart, long starttime, String type, String id, String user) {
    // pve-common PVE/UPID.pm
    private static final Pattern UPID = Pattern.compile("^UPID:([a-zA-Z0-9]([a-zA-Z0-9\\-]*[a-zA-Z0-9])?):"
            + "([0-9A-Fa-f]{8}):([0-9A-Fa-f]{8,9}):([0-9A-Fa-f]{8}):([^:\\s/]+):([^:\\s/]*):([^:\\s/]+):$");

    /** @throws LabcrewException {@code BAD_INPUT} when {@code upid} is not a UPID */
    public static Upid parse(String upid) {
        Matcher m = upid == null ? null : UPID.matcher(upid.trim());
        if (m == null || !m.matches()) {
            String shown = upid == null ? "null" : upid.length() > 120 ? upid.substring(0, 120) + "..." : upid;
            throw LabcrewException.badInput("Invalid UPID '" + shown.replaceAll("\\s+", " ") + "'",
                    "expected UPID:node:pid:pstart:starttime:type:id:user: as returned by an async call or the task list");
        }
        return new Upid(m.group(1), Long.parseLong(m.group(3), 16), Long.parseLong(m.group(4), 16),
                Long.parseLong(m.group(5), 16), m.group(6), m.group(7), m.group(8));
    }
}
