package dev.labcrew.docker.system;

/**
 * Disk usage of one engine from {@code /system/df}, in bytes; -1 where the engine did not say.
 *
 * @param images size of all image layers (shared layers once)
 * @param imagesReclaimable what removing every image no container uses would free
 * @param danglingReclaimable the part of it in dangling images: what {@code prune_docker_images} frees
 * @param containers writable layers of the containers
 * @param volumesReclaimable size of the volumes no container mounts
 */
public record DiskUsage(long images, long imagesReclaimable, long danglingReclaimable, long containers, long volumes,
                        long volumesReclaimable, long buildCache, long buildCacheReclaimable) {
}
