package dev.labcrew.proxmox.internal;

import dev.labcrew.core.ErrorKind;
import java.util.Locale;

/**
 * PVE answers 500 for almost everything (not found, already running, lock timeouts), so the
 * message decides the kind; order matters ("no such file '/version'" is a URL mistake).
 */
record ServerError(ErrorKind kind, String hint) {

    static ServerError classify(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("no such file '/version'")) {
            return new ServerError(ErrorKind.BAD_INPUT,
                    "the base URL lacks /api2/json: use https://HOST:8006/api2/json as PROXMOX_URL");
        }
        if ((m.contains("can't lock file") && m.contains("got timeout"))
                || m.contains("ct is locked") || m.contains("vm is locked")) {
            return new ServerError(ErrorKind.LOCKED,
                    "another operation holds the guest's lock; wait for it (GET /nodes/{node}/tasks?source=active) "
                            + "or clear a stale lock with `pct unlock <vmid>` on the node");
        }
        if (m.contains("already running") || m.contains("not running") || m.contains("already exists")) {
            return new ServerError(ErrorKind.CONFLICT, "the guest is already in that state; read its current status first");
        }
        if (m.contains("does not exist") || m.contains("no such") || m.contains("not found")) {
            return new ServerError(ErrorKind.NOT_FOUND,
                    "check the VMID and node; GET /cluster/resources?type=vm shows which node holds each guest");
        }
        return new ServerError(ErrorKind.REMOTE_ERROR, "the message above is Proxmox's own; check the node's journal for details");
    }
}
