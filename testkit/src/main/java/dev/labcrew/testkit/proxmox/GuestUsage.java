package dev.labcrew.testkit.proxmox;

/** Live counters of a running guest; all zero while it is stopped. {@code cpu} is a fraction of its cores. */
record GuestUsage(double cpu, long mem, long swap, long disk, long netin, long netout, long diskread,
    long diskwrite) {

  static final GuestUsage IDLE = new GuestUsage(0, 0, 0, 0, 0, 0, 0, 0);

  /** Plausible counters right after a start: a little CPU, 5-15 % of its memory, what its disk already holds. */
  static GuestUsage fresh(Guest g, java.util.Random random) {
    long maxmem = GuestView.maxmem(g);
    long disk = (long) (GuestView.maxdisk(g) * (0.1 + random.nextDouble() * 0.3));
    return new GuestUsage(0.01 + random.nextDouble() * 0.04, (long) (maxmem * (0.05 + random.nextDouble() * 0.1)),
        0, disk, 20_000 + random.nextInt(200_000), 5_000 + random.nextInt(50_000),
        (20L << 20) + random.nextInt(40 << 20), (1L << 20) + random.nextInt(4 << 20));
  }
}
