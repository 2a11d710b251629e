package dev.labcrew.testkit.proxmox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code lxc/{vmid}/interfaces} of a running CT: {@code lo}, then the scenario's interfaces or ones derived from the
 * {@code netN} keys (static {@code ip=}, a stable DHCP lease, an EUI-64 link-local IPv6). Each row carries both the
 * old ({@code hwaddr}, {@code inet}, {@code inet6}) and the 9.x ({@code hardware-address}, {@code ip-addresses})
 * fields.
 */
final class InterfacesView {
  private InterfacesView() {}

  static List<Map<String, Object>> rows(Guest g) {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(row("lo", "00:00:00:00:00:00", "127.0.0.1/8", "::1/128"));
    if (g.interfaces() != null) {
      g.interfaces().forEach(i -> rows.add(row(str(i.get("name")), str(i.get("hwaddr")), str(i.get("inet")),
          str(i.get("inet6")))));
      return rows;
    }
    for (int n = 0; n < 10; n++) {
      String net = g.string("net" + n);
      if (net != null) {
        Map<String, String> opts = options(net);
        String mac = opts.getOrDefault("hwaddr", "BC:24:11:00:00:00").toLowerCase(Locale.ROOT);
        String ip = opts.getOrDefault("ip", "dhcp");
        String inet = ip.contains("/") ? ip : ip.equals("dhcp") ? "192.168.40." + (100 + g.vmid() % 150) + "/24" : null;
        rows.add(row(opts.getOrDefault("name", "eth" + n), mac, inet, linkLocal(mac)));
      }
    }
    return rows;
  }

  private static Map<String, Object> row(String name, String mac, String inet, String inet6) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", name);
    row.put("hwaddr", mac);
    row.put("hardware-address", mac);
    List<Map<String, Object>> addresses = new ArrayList<>();
    if (inet != null) {
      row.put("inet", inet);
      addresses.add(address(inet, "inet"));
    }
    if (inet6 != null) {
      row.put("inet6", inet6);
      addresses.add(address(inet6, "inet6"));
    }
    row.put("ip-addresses", addresses);
    return row;
  }

  private static Map<String, Object> address(String cidr, String family) {
    String[] parts = cidr.split("/");
    return Map.of("ip-address", parts[0], "ip-address-type", family,
        "prefix", parts.length > 1 ? Integer.parseInt(parts[1]) : family.equals("inet") ? 32 : 128);
  }

  static Map<String, String> options(String value) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (String part : value.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        opts.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return opts;
  }

  private static String linkLocal(String mac) {
    String[] b = mac.split(":");
    int first = Integer.parseInt(b[0], 16) ^ 0x02;
    return String.format("fe80::%x:%sff:fe%s:%s/64", (first << 8) | Integer.parseInt(b[1], 16), b[2], b[3],
        b[4] + b[5]).replaceAll(":0+([0-9a-f])", ":$1");
  }

  private static String str(Object value) {
    return value == null ? null : value.toString();
  }
}
