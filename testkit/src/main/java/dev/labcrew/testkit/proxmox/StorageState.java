package dev.labcrew.testkit.proxmox;

/** A storage as {@code /cluster/resources?type=storage} lists it, one row per node that sees it. */
record StorageState(String node, String storage, String plugintype, String content, long disk,
    long maxdisk, boolean shared) {}
