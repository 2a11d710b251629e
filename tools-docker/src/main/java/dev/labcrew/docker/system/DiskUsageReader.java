package dev.labcrew.docker.system;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code /system/df}: the per-object arrays up to API 1.52, or the {@code *DiskUsage} summaries
 * that replace them from 1.52 on (which give no dangling share).
 */
final class DiskUsageReader {
    private DiskUsageReader() {
    }

    static DiskUsage read(JsonNode df) {
        if (!df.path("Images").isArray() && df.has("ImagesDiskUsage")) {
            return summaries(df);
        }
        long reclaimable = 0;
        long dangling = 0;
        long sum = 0;
        for (JsonNode image : df.path("Images")) {
            long own = image.path("Size").asLong(0) - Math.max(0, image.path("SharedSize").asLong(0));
            sum += image.path("Size").asLong(0);
            if (image.path("Containers").asInt(0) == 0) {
                reclaimable += own;
                if (isDangling(image)) {
                    dangling += own;
                }
            }
        }
        long images = df.path("LayersSize").asLong(sum);
        long containers = 0;
        for (JsonNode c : df.path("Containers")) {
            containers += c.path("SizeRw").asLong(0);
        }
        long volumes = 0;
        long unusedVolumes = 0;
        for (JsonNode v : df.path("Volumes")) {
            long size = Math.max(0, v.path("UsageData").path("Size").asLong(0));
            volumes += size;
            unusedVolumes += v.path("UsageData").path("RefCount").asInt(1) == 0 ? size : 0;
        }
        long cache = 0;
        long cacheFree = 0;
        for (JsonNode b : df.path("BuildCache")) {
            cache += b.path("Size").asLong(0);
            cacheFree += b.path("InUse").asBoolean(false) ? 0 : b.path("Size").asLong(0);
        }
        return new DiskUsage(images, reclaimable, dangling, containers, volumes, unusedVolumes, cache, cacheFree);
    }

    private static DiskUsage summaries(JsonNode df) {
        JsonNode i = df.path("ImagesDiskUsage");
        JsonNode v = df.path("VolumesDiskUsage");
        JsonNode b = df.path("BuildCacheDiskUsage");
        return new DiskUsage(i.path("TotalSize").asLong(-1), i.path("Reclaimable").asLong(-1), -1,
            df.path("ContainersDiskUsage").path("TotalSize").asLong(-1), v.path("TotalSize").asLong(-1),
            v.path("Reclaimable").asLong(-1), b.path("TotalSize").asLong(-1), b.path("Reclaimable").asLong(-1));
    }

    private static boolean isDangling(JsonNode image) {
        for (JsonNode tag : image.path("RepoTags")) {
            if (!"<none>:<none>".equals(tag.asText())) {
                return false;
            }
        }
        return true;
    }
}
