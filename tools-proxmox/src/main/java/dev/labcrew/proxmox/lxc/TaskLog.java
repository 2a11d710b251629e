package dev.labcrew.proxmox.lxc;

import java.util.List;

/**
 * One recent task of a container and the tail of its log.
 *
 * @param status the exit status ({@code OK}, {@code WARNINGS: n} or the error text), null while running
 */
public record TaskLog(String upid, String type, String user, long starttime, String status, List<String> lines) {
    public boolean failed() {
        return status != null && !status.equals("OK") && !status.startsWith("WARNINGS");
    }
}
