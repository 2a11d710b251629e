package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** The two shapes of a container: a row of {@code /containers/json} and {@code /containers/{id}/json}. */
final class ContainerJson {
  private ContainerJson() {}

  static ObjectNode summary(EngineState state, FakeContainer c, Instant now) {
    ObjectNode json = Json.object().put("Id", c.id);
    json.putArray("Names").add("/" + c.name());
    json.put("Image", c.spec.image()).put("ImageID", c.imageId).put("Command", "/entrypoint.sh")
        .put("Created", c.created.getEpochSecond());
    ArrayNode ports = json.putArray("Ports");
    for (String port : list(c.spec.ports())) {
      String[] hostAndInside = port.split(":");
      String inside = hostAndInside[hostAndInside.length - 1];
      for (String ip : hostAndInside.length > 1 ? List.of("0.0.0.0", "::") : List.of("")) {
        ObjectNode p = ports.addObject();
        if (!ip.isEmpty()) {
          p.put("IP", ip);
        }
        p.put("PrivatePort", Integer.parseInt(inside.split("/")[0])).put("Type", inside.contains("/") ? inside.split("/")[1] : "tcp");
        if (hostAndInside.length > 1) {
          p.put("PublicPort", Integer.parseInt(hostAndInside[0]));
        }
      }
    }
    json.putObject("Labels");
    json.put("State", c.status).put("Status", statusText(c, now));
    json.putObject("HostConfig").put("NetworkMode", networkMode(c));
    json.putObject("NetworkSettings").set("Networks", networks(state, c));
    json.set("Mounts", mounts(c));
    return json;
  }

  static ObjectNode inspect(EngineState state, FakeContainer c, Instant now) {
    ObjectNode json = Json.object().put("Id", c.id).put("Created", Json.time(c.created)).put("Path", "/entrypoint.sh");
    json.putArray("Args");
    ObjectNode st = json.putObject("State").put("Status", c.status).put("Running", c.up()).put("Paused", false)
        .put("Restarting", "restarting".equals(c.status)).put("OOMKilled", c.oomKilled).put("Dead", false).put("Pid", c.pid)
        .put("ExitCode", c.exitCode).put("Error", "").put("StartedAt", Json.time(c.startedAt))
        .put("FinishedAt", Json.time(c.finishedAt));
    if (c.health != null) {
      st.set("Health", HealthJson.of(c, now));
    }
    json.put("Image", c.imageId).put("Name", "/" + c.name()).put("RestartCount", c.restartCount(now)).put("Driver", "overlay2");
    String[] policy = (c.spec.restartPolicy() == null ? "no" : c.spec.restartPolicy()).split(":");
    ObjectNode host = json.putObject("HostConfig").put("NetworkMode", networkMode(c)).put("Memory", c.spec.memLimit())
        .put("MemorySwap", c.spec.memLimit() > 0 ? c.spec.memLimit() * 2 : 0).put("NanoCpus", 0);
    host.putObject("RestartPolicy").put("Name", policy[0]).put("MaximumRetryCount", policy.length > 1 ? Integer.parseInt(policy[1]) : 0);
    ObjectNode config = json.putObject("Config").put("Hostname", c.id.substring(0, 12)).put("Image", c.spec.image())
        .put("Tty", c.spec.tty()).put("OpenStdin", false);
    config.putArray("Env").add("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    config.putObject("Labels");
    json.set("Mounts", mounts(c));
    json.putObject("NetworkSettings").set("Networks", networks(state, c));
    return json;
  }

  static String statusText(FakeContainer c, Instant now) {
    return switch (c.status) {
      case "running" -> "Up " + Ages.human(now.getEpochSecond() - c.startedAt.getEpochSecond())
          + (c.health == null ? "" : "starting".equals(c.health) ? " (health: starting)" : " (" + c.health + ")");
      case "restarting" -> "Restarting (" + c.exitCode + ") " + Ages.human(now.getEpochSecond() % 30 + 1) + " ago";
      case "exited" -> "Exited (" + c.exitCode + ") " + Ages.human(now.getEpochSecond() - c.finishedAt.getEpochSecond()) + " ago";
      default -> "Created";
    };
  }

  private static String networkMode(FakeContainer c) {
    return list(c.spec.networks()).isEmpty() ? "bridge" : c.spec.networks().get(0);
  }

  private static ObjectNode networks(EngineState state, FakeContainer c) {
    ObjectNode networks = Json.object();
    List<String> names = list(c.spec.networks()).isEmpty() ? List.of("bridge") : c.spec.networks();
    for (int i = 0; i < names.size(); i++) {
      networks.set(names.get(i), NetworkJson.endpoint(state, c, names.get(i)));
    }
    return networks;
  }

  private static ArrayNode mounts(FakeContainer c) {
    ArrayNode mounts = Json.array();
    for (String volume : list(c.spec.volumes())) {
      String[] parts = volume.split(":");
      mounts.addObject().put("Type", "volume").put("Name", parts[0]).put("Source", "/var/lib/docker/volumes/" + parts[0] + "/_data")
          .put("Destination", parts[1]).put("Driver", "local").put("Mode", "z").put("RW", true).put("Propagation", "");
    }
    return mounts;
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
