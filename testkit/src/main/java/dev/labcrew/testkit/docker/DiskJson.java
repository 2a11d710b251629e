package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.testkit.docker.ScenarioSpec.VolumeSpec;
import java.time.Instant;

/**
 * {@code /images/json}, {@code /volumes} and {@code /system/df}. Up to API 1.52 the disk usage holds the
 * per-object arrays; Docker 29 (1.52) adds the {@code *DiskUsage} summaries beside them.
 */
final class DiskJson {
  private DiskJson() {}

  static ArrayNode images(EngineState state, String version) {
    ArrayNode list = Json.array();
    for (FakeImage image : state.images) {
      list.add(image(state, image, Versions.compare(version, "1.51") >= 0 ? state.usersOf(image).size() : -1));
    }
    return list;
  }

  private static ObjectNode image(EngineState state, FakeImage image, int containers) {
    ObjectNode json = Json.object().put("Containers", containers).put("Created", image.created).put("Id", image.id);
    ObjectNode labels = json.putObject("Labels");
    image.labels.forEach(labels::put);
    json.put("ParentId", "");
    ArrayNode digests = json.putArray("RepoDigests");
    ArrayNode tags = json.putArray("RepoTags");
    image.tags.forEach(t -> {
      tags.add(t);
      digests.add(t.split(":")[0] + "@sha256:" + Ids.of("digest", t));
    });
    return json.put("SharedSize", -1).put("Size", image.size);
  }

  static ObjectNode volumes(EngineState state) {
    ObjectNode json = Json.object();
    ArrayNode list = json.putArray("Volumes");
    for (VolumeSpec v : state.spec.volumes()) {
      list.add(volume(state, v, false));
    }
    json.putArray("Warnings");
    return json;
  }

  private static ObjectNode volume(EngineState state, VolumeSpec v, boolean usage) {
    ObjectNode json = Json.object().put("CreatedAt", Instant.now().minusSeconds(86400L * v.ageDays()).toString())
        .put("Driver", "local").put("Mountpoint", "/var/lib/docker/volumes/" + v.name() + "/_data").put("Name", v.name())
        .put("Scope", "local");
    json.putObject("Labels");
    json.putObject("Options");
    if (usage) {
      json.putObject("UsageData").put("Size", v.size()).put("RefCount", state.volumeUsers(v.name()).size());
    }
    return json;
  }

  static ObjectNode df(EngineState state, String version, Instant now) {
    ObjectNode json = Json.object();
    long layers = state.images.stream().mapToLong(i -> i.size).sum();
    json.put("LayersSize", layers);
    ArrayNode images = json.putArray("Images");
    state.images.forEach(i -> images.add(image(state, i, state.usersOf(i).size()).put("SharedSize", 0)));
    ArrayNode containers = json.putArray("Containers");
    state.containers.forEach(c -> containers.add(ContainerJson.summary(state, c, now).put("SizeRw", 4096L * (1 + c.name().length()))
        .put("SizeRootFs", state.imageById(c.imageId) == null ? 0 : state.imageById(c.imageId).size)));
    ArrayNode volumes = json.putArray("Volumes");
    state.spec.volumes().forEach(v -> volumes.add(volume(state, v, true)));
    json.putArray("BuildCache");
    json.put("BuilderSize", 0);
    if (Versions.compare(version, "1.52") >= 0) {
      long unusedImages = state.images.stream().filter(i -> state.usersOf(i).isEmpty()).mapToLong(i -> i.size).sum();
      long volumeSize = state.spec.volumes().stream().mapToLong(VolumeSpec::size).sum();
      long unusedVolumes = state.spec.volumes().stream().filter(v -> state.volumeUsers(v.name()).isEmpty()).mapToLong(VolumeSpec::size).sum();
      json.putObject("ImagesDiskUsage").put("ActiveCount", state.images.size()).put("TotalCount", state.images.size())
          .put("Reclaimable", unusedImages).put("TotalSize", layers);
      json.putObject("ContainersDiskUsage").put("TotalCount", state.containers.size()).put("TotalSize", 0);
      json.putObject("VolumesDiskUsage").put("TotalCount", state.spec.volumes().size()).put("Reclaimable", unusedVolumes)
          .put("TotalSize", volumeSize);
      json.putObject("BuildCacheDiskUsage").put("TotalCount", 0).put("Reclaimable", 0).put("TotalSize", 0);
    }
    return json;
  }
}
