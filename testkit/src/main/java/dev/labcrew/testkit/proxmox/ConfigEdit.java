package dev.labcrew.testkit.proxmox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code update_pct_config}: deletions, then changes in key order, checked first and written at once (an error leaves
 * the config untouched). New disks ({@code local-lvm:4}) are allocated, a {@code netN} without {@code hwaddr} gets a
 * fresh {@code BC:24:11} MAC, tags are sorted and deduplicated, as in PVE. Changes apply at once, never pending.
 */
final class ConfigEdit {
  static final String NEW_DISK = "[^:\\s/]+:\\d+(\\.\\d+)?";
  private static final Pattern DISK_INDEX = Pattern.compile("-disk-(\\d+)");

  private ConfigEdit() {}

  static void apply(Call call, Guest g, Map<String, String> values, List<String> deleted) {
    Map<String, Object> config = new LinkedHashMap<>(g.config());
    boolean protection = g.longValue("protection", 0) == 1;
    for (String opt : deleted) {
      if (!config.containsKey(opt)) {
        continue;
      }
      if (opt.equals("memory") || opt.equals("rootfs") || opt.equals("ostype")) {
        throw ApiException.serverError("unable to delete required option '" + opt + "'");
      } else if (protection && opt.matches("(unused|mp)\\d+")) {
        throw protection(g, "remove", opt);
      } else if (opt.equals("unprivileged")) {
        throw ApiException.serverError("unable to delete read-only option: 'unprivileged'");
      }
      config.remove(opt);
    }
    for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
      String opt = e.getKey();
      String value = e.getValue();
      if (opt.equals("rootfs") || opt.matches("mp\\d+")) {
        if (protection) {
          throw protection(g, "update", opt);
        }
        value = volume(call, g, value);
      } else if (opt.equals("unprivileged")) {
        throw ApiException.serverError("unable to modify read-only option: 'unprivileged'");
      } else if (opt.equals("tags")) {
        value = String.join(";", new TreeSet<>(ParamFormats.splitList(value.toLowerCase(java.util.Locale.ROOT))));
      } else if (opt.matches("net\\d+")) {
        value = network(value, call, g);
      }
      config.put(opt, ConfigValues.typed(opt, value));
    }
    g.replaceConfig(config);
  }

  private static ApiException protection(Guest g, String verb, String opt) {
    return ApiException.serverError("can't " + verb + " CT " + g.vmid() + " drive '" + opt
        + "' - protection mode enabled");
  }

  /** A storage volume must allow {@code rootdir}; a new disk {@code STORAGE:GiB} is allocated on it. */
  private static String volume(Call call, Guest g, String value) {
    Map<String, String> parts = PropertyString.parse(value, "volume");
    String volid = parts.getOrDefault("volume", "");
    int colon = volid.indexOf(':');
    if (colon < 0 || volid.startsWith("/")) {
      return value;
    }
    String sid = volid.substring(0, colon);
    StorageState storage = Volumes.storage(call.lab, g.node(), sid)
        .orElseThrow(() -> ApiException.serverError("storage '" + sid + "' does not exist"));
    if (!storage.content().contains("rootdir")) {
      throw ApiException.serverError("storage '" + sid + "' does not allow content type 'rootdir' (Container)");
    }
    if (!volid.matches(NEW_DISK)) {
      return value;
    }
    long bytes = (long) (Double.parseDouble(volid.substring(colon + 1)) * (1L << 30));
    String prefix = storage.plugintype().equals("zfspool") ? "subvol-" : "vm-";
    parts.put("volume", sid + ":" + prefix + g.vmid() + "-disk-" + nextDisk(g));
    parts.put("size", PropertyString.formatSize(bytes));
    return PropertyString.print(parts, "volume", List.of("mp"));
  }

  private static boolean macInUse(Lab lab, String mac) {
    return lab.guests.values().stream().flatMap(guest -> guest.config().values().stream())
        .anyMatch(v -> v.toString().toUpperCase(java.util.Locale.ROOT).contains(mac));
  }

  private static int nextDisk(Guest g) {
    int next = 0;
    for (Object value : g.config().values()) {
      Matcher m = DISK_INDEX.matcher(value.toString());
      while (m.find()) {
        next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
      }
    }
    return next;
  }

  /** A {@code netN} sent without {@code hwaddr} gets a fresh one, unique in the lab (seed 004 F1: PUT net0, omit hwaddr). */
  private static String network(String value, Call call, Guest g) {
    Map<String, String> parts = PropertyString.parse(value, "name");
    if (!parts.containsKey("hwaddr")) {
      java.util.Random random = new java.util.Random(call.now ^ value.hashCode() ^ System.nanoTime() ^ g.vmid());
      String mac;
      do {
        byte[] bytes = new byte[3];
        random.nextBytes(bytes);
        mac = String.format("BC:24:11:%02X:%02X:%02X", bytes[0], bytes[1], bytes[2]);
      } while (macInUse(call.lab, mac));
      parts.put("hwaddr", mac);
    }
    parts.put("type", "veth");
    return PropertyString.print(parts, null, List.of("name"));
  }
}
