package dev.labcrew.testkit.proxmox;

/** Live counters of a running guest; all zero while it is stopped. {@code cpu} is a fraction of its cores. */
record GuestUsage(double cpu, long mem, long swap, long disk, long netin, long netout, long diskread,
    long diskwrite) {

  static final GuestUsage IDLE = new GuestUsage(0, 0, 0, 0, 0, 0, 0, 0);
}
