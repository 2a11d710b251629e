package dev.labcrew.proxmox.cluster;

/** One HA-managed guest from {@code /cluster/ha/status/current}: {@code sid} such as {@code vm:100}, its node and state. */
public record HaService(String sid, String node, String state, String requestState) {

    /** Whether HA is not doing what was asked (fence, error, recovery, a started service that is not started). */
    public boolean troubled() {
        return !state.equals(requestState) || state.equals("error") || state.equals("fence") || state.equals("recovery");
    }
}
