package dev.labcrew.testkit.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One image of the simulated engine; its tags change when one is deleted. */
final class FakeImage {
  final String id;
  final List<String> tags;
  final long size;
  final long created;
  final Map<String, String> labels;

  FakeImage(String id, List<String> tags, long size, long created, Map<String, String> labels) {
    this.id = id.startsWith("sha256:") ? id : "sha256:" + id;
    this.tags = new ArrayList<>(tags);
    this.size = size;
    this.created = created;
    this.labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  String shortId() {
    return id.substring(7, 19);
  }

  /** Matches a full ID with or without {@code sha256:}, an ID prefix of 4+ characters, or a tag. */
  boolean matches(String name) {
    String hex = name.startsWith("sha256:") ? name.substring(7) : name;
    return tags.contains(name) || tags.contains(name + ":latest") || (hex.length() >= 4 && id.substring(7).startsWith(hex));
  }
}
