package dev.labcrew.proxmox.vm;

/** The four power changes of a VM: what each needs, does, and how to undo it. */
enum VmPowerChange {
    START("start_vm", "start", false, true, "stopped -> running", "shutdown_vm vmid=%d stops it again"),
    SHUTDOWN("shutdown_vm", "shutdown", true, false,
        "running -> stopped by an ACPI or guest-agent shutdown, forced off after %d s", "start_vm vmid=%d starts it again"),
    STOP("stop_vm", "stop", true, false,
        "running -> stopped at once, like pulling the plug: the guest cannot save its data",
        "start_vm vmid=%d starts it again; data not yet written when it stopped is lost"),
    REBOOT("reboot_vm", "reboot", true, true,
        "running -> rebooted (clean shutdown, then start): its services are down for a moment", "nothing to undo: it comes back running");

    final String tool;
    final String endpoint;
    final boolean needsRunning;
    final boolean endsRunning;
    final String change;
    final String undo;

    VmPowerChange(String tool, String endpoint, boolean needsRunning, boolean endsRunning, String change, String undo) {
        this.tool = tool;
        this.endpoint = endpoint;
        this.needsRunning = needsRunning;
        this.endsRunning = endsRunning;
        this.change = change;
        this.undo = undo;
    }
}
