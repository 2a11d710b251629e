package dev.labcrew.testkit.proxmox;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a lab says about the hosts beyond their API: whether the cluster has quorum, and which host directories are
 * missing on which node (the source of a bind mount point, say).
 *
 * @param quorate {@code false} for a cluster that lost quorum; {@code null} for a majority of nodes online
 * @param missingPaths per node, host directories that do not exist; every other path does
 */
record HostState(Boolean quorate, Map<String, List<String>> missingPaths) {

  HostState {
    missingPaths = Map.copyOf(missingPaths);
  }

  /** Quorum as corosync sees it: the declared state, else a majority of the nodes reachable. */
  boolean quorate(Lab lab, Faults faults) {
    if (quorate != null) {
      return quorate;
    }
    long online = lab.nodes.keySet().stream().filter(n -> !faults.offline(n)).count();
    return online * 2 > lab.nodes.size();
  }

  /** Writes need quorum only when the lab declares it lost, so labs that merely take a node offline keep working. */
  boolean refusesWrites() {
    return Boolean.FALSE.equals(quorate);
  }

  boolean exists(String node, String path) {
    String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    return !missingPaths.getOrDefault(node, List.of()).stream()
        .map(p -> p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p)
        .anyMatch(Set.of(normalized)::contains);
  }
}
