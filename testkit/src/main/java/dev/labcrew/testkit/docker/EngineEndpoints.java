package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.labcrew.testkit.docker.ScenarioSpec.NetworkSpec;
import java.util.List;

/** Images, volumes and networks: list, delete an image, inspect a network. */
final class EngineEndpoints {
  private EngineEndpoints() {}

  static Reply networks(EngineState state) {
    ArrayNode list = Json.array();
    NetworkJson.all(state).forEach(n -> list.add(NetworkJson.network(state, n, false)));
    return Reply.json(list);
  }

  static Reply network(EngineState state, String ref) {
    NetworkSpec n = NetworkJson.find(state, ref);
    if (n == null) {
      throw new Reply.Failure(404, "network " + ref + " not found");
    }
    return Reply.json(NetworkJson.network(state, n, true));
  }

  /** {@code DELETE /images/NAME}: untags a tag, deletes an image left without tags; 409 when it is in use. */
  static Reply deleteImage(EngineState state, String name) {
    FakeImage image = state.image(name).orElseThrow(() -> new Reply.Failure(404, "No such image: " + name));
    List<FakeContainer> users = state.usersOf(image);
    ArrayNode result = Json.array();
    boolean byTag = image.tags.contains(name) || image.tags.contains(name + ":latest");
    if (byTag && image.tags.size() > 1) {
      image.tags.remove(image.tags.contains(name) ? name : name + ":latest");
      result.addObject().put("Untagged", name);
      return Reply.json(result);
    }
    if (!byTag && image.tags.size() > 1) {
      throw new Reply.Failure(409, "conflict: unable to delete " + image.shortId()
          + " (must be forced) - image is referenced in multiple repositories");
    }
    if (!users.isEmpty()) {
      FakeContainer user = users.get(0);
      throw new Reply.Failure(409, "conflict: unable to delete " + image.shortId() + " (" + (user.up() ? "cannot" : "must")
          + " be forced) - image is being used by " + (user.up() ? "running" : "stopped") + " container " + user.id.substring(0, 12));
    }
    image.tags.forEach(t -> result.addObject().put("Untagged", t));
    result.addObject().put("Deleted", image.id);
    state.images.remove(image);
    return Reply.json(result);
  }
}
