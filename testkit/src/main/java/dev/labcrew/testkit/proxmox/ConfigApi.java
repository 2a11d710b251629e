package dev.labcrew.testkit.proxmox;

import java.util.List;
import java.util.Map;

/**
 * {@code PUT /nodes/{node}/lxc/{vmid}/config}: synchronous, {@code {"data":null}}. In pve-container's order: the
 * {@code any} privilege check, {@code no options specified}, the config lock, {@code check_lock}, the digest, the
 * per-key privileges ({@link ConfigPerms}), the {@code delete}/{@code revert} checks, then {@link ConfigEdit}.
 */
final class ConfigApi {
  static final String[] PRIVILEGES = {"VM.Config.Disk", "VM.Config.CPU", "VM.Config.Memory", "VM.Config.Network",
      "VM.Config.Options"};
  private static final ParamSpec OPTIONS = new ParamSpec("arch:amd64|i386|arm64|armhf|riscv32|riscv64"
      + " cmode:shell|console|tty console:bool cores:int[1,8192] cpulimit:number[0,8192] cpuunits:int[0,500000]"
      + " debug:bool description:string[8192] dev[n] entrypoint env features:features hookscript"
      + " hostname:dns-name[255] lock:backup|create|destroyed|disk|fstrim|migrate|mounted|rollback|snapshot"
      + "|snapshot-delete memory:int[16,] mp[n] nameserver net[n] onboot:bool"
      + " ostype:debian|devuan|ubuntu|centos|fedora|opensuse|archlinux|alpine|gentoo|nixos|unmanaged"
      + " protection:bool rootfs searchdomain startup:startup swap:int[0,] tags:tag-list template:bool timezone"
      + " tty:int[0,6] unprivileged:bool unused[n]");
  private static final String LISTS = " delete:configid-list revert:configid-list digest:string[40]";

  private ConfigApi() {}

  static void register(Routes routes) {
    routes.put("/nodes/{node}/lxc/{vmid}/config", OPTIONS.source() + LISTS, ConfigApi::update);
  }

  /** {@code assert_if_modified}: a digest that is given and differs from the current one is refused. */
  static void checkDigest(String digest, Guest g) {
    if (digest != null && !digest.isEmpty() && !digest.equals(ConfigValues.digest(g))) {
      throw ApiException.serverError("detected modified configuration - file changed by other user? Try again.");
    }
  }

  private static Reply update(Call call) {
    Guest g = call.guestFor("lxc", PRIVILEGES);
    Map<String, String> values = call.params();
    values.remove("node");
    values.remove("vmid");
    String digest = values.remove("digest");
    if (values.isEmpty()) {
      throw ApiException.serverError("no options specified");
    }
    List<String> delete = ParamFormats.splitList(values.getOrDefault("delete", ""));
    List<String> revert = ParamFormats.splitList(values.getOrDefault("revert", ""));
    values.remove("delete");
    values.remove("revert");
    String lockError = call.lab.lockedAfterResize.remove(g.vmid()) ? Call.lockTimeout(g) : call.lockForWrite(g);
    if (lockError != null) {
      throw ApiException.serverError(lockError);
    }
    PowerWork.checkLock(g, null);
    checkDigest(digest, g);
    ConfigPerms.check(call, g, Map.of(), delete);
    ConfigPerms.check(call, g, Map.of(), revert);
    checkLists(values, delete, revert);
    ConfigPerms.check(call, g, values, List.of());
    ConfigEdit.apply(call, g, values, delete);
    return Reply.of(null);
  }

  private static void checkLists(Map<String, String> values, List<String> delete, List<String> revert) {
    for (String opt : revert) {
      refuseIf(!OPTIONS.knows(opt), "revert", "unknown option '" + opt + "'");
      refuseIf(values.containsKey(opt), "revert", "you can't use '-" + opt + "' and '-revert " + opt
          + "' at the same time");
    }
    for (String opt : delete) {
      refuseIf(!OPTIONS.knows(opt), "delete", "unknown option '" + opt + "'");
      refuseIf(values.containsKey(opt), "delete", "you can't use '-" + opt + "' and -delete " + opt
          + "' at the same time");
      refuseIf(revert.contains(opt), "delete", "you can't use '-delete " + opt + "' and '-revert " + opt
          + "' at the same time");
    }
  }

  private static void refuseIf(boolean refused, String param, String message) {
    if (refused) {
      throw ApiException.param(param, message);
    }
  }
}
