package dev.labcrew.testkit.proxmox;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pve-container's {@code check_ct_modify_config_perm} for a token (never {@code root@pam}): the privilege each key
 * needs, and the 403s for what only root@pam may change (features but nesting, devices, bind mounts, hookscript).
 */
final class ConfigPerms {
  private ConfigPerms() {}

  static void check(Call call, Guest g, Map<String, String> values, List<String> deleted) {
    values.forEach((opt, value) -> check(call, g, opt, value, false));
    deleted.forEach(opt -> check(call, g, opt, null, true));
  }

  private static void check(Call call, Guest g, String opt, String value, boolean delete) {
    String vm = "/vms/" + g.vmid();
    if (opt.equals("cores") || opt.equals("cpuunits") || opt.equals("cpulimit")) {
      call.require(vm, "VM.Config.CPU");
    } else if (opt.equals("rootfs") || opt.matches("mp\\d+")) {
      call.require(vm, "VM.Config.Disk");
      if (!delete) {
        volume(call, value);
      }
    } else if (opt.equals("memory") || opt.equals("swap")) {
      call.require(vm, "VM.Config.Memory");
    } else if (opt.matches("net\\d+")) {
      call.require(vm, "VM.Config.Network");
      bridge(call, g.string(opt));
      bridge(call, value);
    } else if (opt.matches("dev\\d+")) {
      throw ApiException.forbidden("configuring device passthrough is only allowed for root@pam");
    } else if (opt.equals("nameserver") || opt.equals("searchdomain") || opt.equals("hostname")) {
      call.require(vm, "VM.Config.Network");
    } else if (opt.equals("features")) {
      features(call, g, delete ? null : value, delete);
    } else if (opt.equals("hookscript")) {
      throw ApiException.forbidden("changing the hookscript is only allowed for root@pam");
    } else {
      call.require(vm, "VM.Config.Options");
    }
  }

  /** Only volumes for tokens; a new disk ({@code local-lvm:4}) needs Datastore.AllocateSpace on its storage. */
  private static void volume(Call call, String value) {
    String volid = PropertyString.parse(value, "volume").getOrDefault("volume", "");
    if (volid.startsWith("/")) {
      String type = volid.startsWith("/dev/") ? "device" : "bind";
      throw ApiException.forbidden("mount point type " + type + " is only allowed for root@pam");
    }
    if (volid.matches(ConfigEdit.NEW_DISK)) {
      call.require("/storage/" + volid.substring(0, volid.indexOf(':')), "Datastore.AllocateSpace");
    }
  }

  /** SDN.Use on the bridge (or its VLAN) in zone {@code localnetwork}, for the old and the new value. */
  private static void bridge(Call call, String net) {
    Map<String, String> parts = PropertyString.parse(net, "name");
    String bridge = parts.get("bridge");
    if (bridge != null) {
      String tag = parts.get("tag");
      call.require("/sdn/zones/localnetwork/" + bridge + (tag == null ? "" : "/" + tag), "SDN.Use");
    }
  }

  private static void features(Call call, Guest g, String value, boolean delete) {
    if (g.longValue("unprivileged", 0) != 1) {
      throw ApiException.forbidden("changing feature flags for privileged container is only allowed for root@pam");
    }
    Map<String, String> old = flags(g.string("features"));
    Map<String, String> wanted = flags(value);
    boolean nesting = false;
    boolean other = false;
    if (!delete && !old.isEmpty()) {
      Set<String> keys = new HashSet<>(old.keySet());
      keys.addAll(wanted.keySet());
      for (String key : keys) {
        if (!old.getOrDefault(key, "").equals(wanted.getOrDefault(key, ""))) {
          nesting |= key.equals("nesting");
          other |= !key.equals("nesting");
        }
      }
    } else {
      Map<String, String> set = delete ? old : wanted;
      nesting = set.size() == 1 && set.containsKey("nesting");
      other = !set.isEmpty() && !nesting;
    }
    if (other) {
      throw ApiException.forbidden("changing feature flags (except nesting) is only allowed for root@pam");
    }
    if (nesting) {
      call.require("/vms/" + g.vmid(), "VM.Allocate");
    }
  }

  private static Map<String, String> flags(String features) {
    Map<String, String> flags = PropertyString.parse(features, "nesting");
    flags.replaceAll((k, v) -> k.equals("mount") || ParamType.bool(v) == null ? v : ParamType.bool(v));
    return flags;
  }
}
