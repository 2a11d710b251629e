package dev.labcrew.proxmox.lxc;

/** The four power changes of a container: what each needs, does, and how to undo it. */
enum PowerChange {
    START("start_lxc", "start", false, true,
        "stopped -> running", "shutdown_lxc vmid=%d stops it again"),
    SHUTDOWN("shutdown_lxc", "shutdown", true, false,
        "running -> stopped by a clean shutdown: services stop gracefully, forced off after %d s",
        "start_lxc vmid=%d starts it again"),
    STOP("stop_lxc", "stop", true, false,
        "running -> stopped at once, like pulling the plug: processes cannot save their data",
        "start_lxc vmid=%d starts it again; data not yet written when it stopped is lost"),
    RESTART("restart_lxc", "reboot", true, true,
        "running -> restarted (clean shutdown, then start): its services are down for a moment",
        "nothing to undo: it comes back running");

    final String tool;
    final String endpoint;
    final boolean needsRunning;
    final boolean endsRunning;
    final String change;
    final String undo;

    PowerChange(String tool, String endpoint, boolean needsRunning, boolean endsRunning, String change, String undo) {
        this.tool = tool;
        this.endpoint = endpoint;
        this.needsRunning = needsRunning;
        this.endsRunning = endsRunning;
        this.change = change;
        this.undo = undo;
    }
}
