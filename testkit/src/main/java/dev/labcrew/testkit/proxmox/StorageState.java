package dev.labcrew.testkit.proxmox;

/**
 * A storage as {@code /cluster/resources?type=storage} lists it, one row per node that sees it.
 *
 * @param active whether PVE can activate it; starting a guest with a volume on an inactive one fails
 */
record StorageState(String node, String storage, String plugintype, String content, long disk,
    long maxdisk, boolean shared, boolean active) {}
