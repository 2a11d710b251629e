package dev.labcrew.testkit.docker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labcrew.testkit.docker.ScenarioSpec.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/** Networks: the three every engine has ({@code bridge}, {@code host}, {@code none}) plus the scenario's. */
final class NetworkJson {
  private static final NetworkSpec BRIDGE = new NetworkSpec("bridge", "bridge", "172.17.0.0/16", "172.17.0.1", false);

  private NetworkJson() {}

  static List<NetworkSpec> all(EngineState state) {
    List<NetworkSpec> all = new ArrayList<>(List.of(BRIDGE, new NetworkSpec("host", "host", null, null, false),
        new NetworkSpec("none", "null", null, null, false)));
    all.addAll(state.spec.networks());
    return all;
  }

  static NetworkSpec find(EngineState state, String ref) {
    return all(state).stream().filter(n -> n.name().equals(ref) || id(n).startsWith(ref)).findFirst().orElse(null);
  }

  static ObjectNode network(EngineState state, NetworkSpec n, boolean withContainers) {
    ObjectNode json = Json.object().put("Name", n.name()).put("Id", id(n)).put("Created", Json.time(state.started))
        .put("Scope", "local").put("Driver", n.driver()).put("EnableIPv6", false);
    ObjectNode ipam = json.putObject("IPAM").put("Driver", "default");
    ArrayNode config = ipam.putArray("Config");
    if (n.subnet() != null) {
      config.addObject().put("Subnet", n.subnet()).put("Gateway", n.gateway());
    }
    json.put("Internal", n.internal()).put("Attachable", false).put("Ingress", false);
    ObjectNode containers = json.putObject("Containers");
    if (withContainers) {
      for (FakeContainer c : state.containers) {
        if (c.up() && attached(c, n.name())) {
          ObjectNode e = endpoint(state, c, n.name());
          containers.putObject(c.id).put("Name", c.name()).put("EndpointID", e.path("EndpointID").asText())
              .put("MacAddress", e.path("MacAddress").asText()).put("IPv4Address", ipv4(e)).put("IPv6Address", "");
        }
      }
    }
    json.putObject("Options");
    json.putObject("Labels");
    return json;
  }

  static ObjectNode endpoint(EngineState state, FakeContainer c, String network) {
    int host = 2 + Math.floorMod(c.id.hashCode(), 200);
    boolean addressed = !"host".equals(network) && !"none".equals(network);
    String prefix = prefix(find(state, network));
    String ip = addressed ? prefix + host : "";
    return Json.object().put("NetworkID", Ids.of("network", network)).put("EndpointID", Ids.of("endpoint", c.name() + network))
        .put("Gateway", addressed ? prefix + "1" : "").put("IPAddress", ip).put("IPPrefixLen", addressed ? 16 : 0)
        .put("MacAddress", addressed ? String.format("02:42:ac:%02x:00:%02x", network.length(), host) : "");
  }

  private static boolean attached(FakeContainer c, String network) {
    List<String> names = ContainerJson.list(c.spec.networks());
    return names.isEmpty() ? "bridge".equals(network) : names.contains(network);
  }

  private static String ipv4(ObjectNode endpoint) {
    String ip = endpoint.path("IPAddress").asText();
    return ip.isEmpty() ? "" : ip + "/16";
  }

  /** {@code 172.20.0.} of {@code 172.20.0.0/16}. */
  private static String prefix(NetworkSpec n) {
    String subnet = n == null || n.subnet() == null ? "172.17.0.0/16" : n.subnet();
    String base = subnet.split("/")[0];
    return base.substring(0, base.lastIndexOf('.') + 1);
  }

  static String id(NetworkSpec n) {
    return Ids.of("network", n.name());
  }
}
