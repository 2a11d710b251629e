package dev.labcrew.testkit.proxmox;

/**
 * One cluster node as the scenario describes it. Whether it is reachable is a fault, kept in {@link Faults}.
 *
 * @param bootTime epoch seconds of the last boot, so {@code uptime} keeps growing with the clock
 */
record NodeState(String name, String ip, int nodeid, int maxcpu, long maxmem, double cpu, long mem,
    long disk, long maxdisk, long bootTime) {

  long uptime(long now) {
    return Math.max(0, now - bootTime);
  }
}
