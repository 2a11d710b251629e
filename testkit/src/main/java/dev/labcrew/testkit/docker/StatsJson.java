package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.testkit.docker.ScenarioSpec.UsageSpec;
import java.time.Instant;

/**
 * {@code /containers/{id}/stats?stream=false}: two samples a second apart whose deltas give the scenario's CPU %
 * the way {@code docker stats} computes it. With {@code one-shot=true} the previous sample is empty, as on the real
 * engine. Memory detail follows the engine's cgroup version ({@code inactive_file} or {@code total_inactive_file}).
 */
final class StatsJson {
  private static final long SECOND = 1_000_000_000L;

  private StatsJson() {}

  static ObjectNode of(FakeContainer c, EngineState state, boolean oneShot, Instant now) {
    int cpus = state.spec.host().ncpu();
    UsageSpec u = c.up() && c.spec.usage() != null ? c.spec.usage() : new UsageSpec(0, 0, 0, 0, 0, 0, 0);
    long system = (now.getEpochSecond() - 1_700_000_000L) * cpus * SECOND;
    long total = (long) (u.cpuPercent() * 1e7) + 5_000_000_000L;
    ObjectNode json = Json.object().put("name", "/" + c.name()).put("id", c.id).put("read", now.toString())
        .put("preread", oneShot ? Json.NEVER : now.minusSeconds(1).toString());
    json.putObject("pids_stats").put("current", u.pids());
    ObjectNode cpu = json.putObject("cpu_stats");
    cpu.putObject("cpu_usage").put("total_usage", total).put("usage_in_kernelmode", total / 4).put("usage_in_usermode", total / 2);
    cpu.put("system_cpu_usage", system).put("online_cpus", cpus);
    ObjectNode pre = json.putObject("precpu_stats");
    if (!oneShot) {
      long before = total - (long) (u.cpuPercent() * 1e7);
      pre.putObject("cpu_usage").put("total_usage", before).put("usage_in_kernelmode", before / 4).put("usage_in_usermode", before / 2);
      pre.put("system_cpu_usage", system - cpus * SECOND).put("online_cpus", cpus);
    } else {
      pre.putObject("cpu_usage").put("total_usage", 0);
    }
    long cache = u.memory() / 5;
    ObjectNode memory = json.putObject("memory_stats").put("usage", u.memory() + cache)
        .put("limit", c.spec.memLimit() > 0 ? c.spec.memLimit() : state.spec.host().memTotal());
    ObjectNode detail = memory.putObject("stats");
    boolean v1 = "1".equals(state.engine.cgroupVersion);
    detail.put(v1 ? "total_inactive_file" : "inactive_file", cache).put(v1 ? "total_rss" : "anon", u.memory())
        .put(v1 ? "cache" : "file", cache);
    ObjectNode eth0 = json.putObject("networks").putObject("eth0");
    eth0.put("rx_bytes", u.netRx()).put("rx_packets", u.netRx() / 1400).put("tx_bytes", u.netTx()).put("tx_packets", u.netTx() / 1400);
    ObjectNode blkio = json.putObject("blkio_stats");
    blkio.putArray("io_service_bytes_recursive")
        .add(Json.object().put("major", 8).put("minor", 0).put("op", v1 ? "Read" : "read").put("value", u.blockRead()))
        .add(Json.object().put("major", 8).put("minor", 0).put("op", v1 ? "Write" : "write").put("value", u.blockWrite()));
    return json;
  }
}
