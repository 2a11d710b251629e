package dev.labcrew.testkit.docker;

import dev.labcrew.testkit.docker.ScenarioSpec.LogSpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /containers/{id}/logs}: the scenario's lines, ten seconds apart and ending when the container last
 * stopped (or now), filtered by {@code since} and {@code tail}. Without a TTY each line is one multiplexed frame
 * (stream byte, three zeros, big-endian length); with a TTY the lines are one raw stream.
 */
final class LogStream {
  private LogStream() {}

  static byte[] of(FakeContainer c, Map<String, String> query, Instant now) {
    List<LogSpec> lines = ContainerJson.list(c.spec.logs());
    Instant last = (c.finishedAt != null && !c.up() ? c.finishedAt : now).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    long since = Long.parseLong(query.getOrDefault("since", "0").replaceFirst("\\..*$", ""));
    String tailParam = query.getOrDefault("tail", "all");
    int tail = tailParam.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(tailParam);
    boolean stamps = truthy(query.get("timestamps"));
    boolean stdout = truthy(query.get("stdout"));
    boolean stderr = truthy(query.get("stderr"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int first = Math.max(0, lines.size() - tail);
    for (int i = first; i < lines.size(); i++) {
      LogSpec line = lines.get(i);
      Instant at = last.minusSeconds(10L * (lines.size() - 1 - i));
      boolean err = "stderr".equals(line.stream());
      if (at.getEpochSecond() < since || (err ? !stderr : !stdout)) {
        continue;
      }
      byte[] text = ((stamps ? at.toString().replace("Z", ".000000000Z") + " " : "") + line.text() + "\n")
          .getBytes(StandardCharsets.UTF_8);
      if (!c.spec.tty()) {
        out.writeBytes(ByteBuffer.allocate(8).put((byte) (err ? 2 : 1)).put((byte) 0).put((byte) 0).put((byte) 0)
            .putInt(text.length).array());
      }
      out.writeBytes(text);
    }
    return out.toByteArray();
  }

  static boolean truthy(String value) {
    return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
  }
}
