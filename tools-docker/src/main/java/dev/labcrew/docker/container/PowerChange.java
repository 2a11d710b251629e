package dev.labcrew.docker.container;

/** The three power changes of a container: what each needs, does, and how to undo it. */
enum PowerChange {
    START("start_container", "start", false, true,
        "stopped -> running", "stop_container container=%s stops it again"),
    STOP("stop_container", "stop", true, false,
        "running -> stopped: SIGTERM, killed after %d s; its service is down until started again",
        "start_container container=%s starts it again"),
    RESTART("restart_container", "restart", null, true,
        "restarted: stopped (SIGTERM, killed after %d s) and started again; its service is down for a moment",
        "nothing to undo: it comes back running");

    final String tool;
    final String endpoint;
    /** Whether it must be up first (running or restarting), or null when either will do. */
    final Boolean needsUp;
    final boolean endsRunning;
    final String change;
    final String undo;

    PowerChange(String tool, String endpoint, Boolean needsUp, boolean endsRunning, String change, String undo) {
        this.tool = tool;
        this.endpoint = endpoint;
        this.needsUp = needsUp;
        this.endsRunning = endsRunning;
        this.change = change;
        this.undo = undo;
    }

    boolean takesTimeout() {
        return this != START;
    }
}
