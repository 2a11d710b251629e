package dev.labcrew.testkit.proxmox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@code PUT /nodes/{node}/lxc/{vmid}/resize} (VM.Config.Disk): grows a volume in a {@code resize} task. As
 * pve-container does, the checks run once before forking (so a shrink is a 500 {@code unable to shrink disk size})
 * and again in the worker, under the config lock. The next config write right after it meets the config lock once, a
 * transient 500 that succeeds on retry, as seed 004 (finding F4) saw for an {@code mp0} attach after a resize.
 */
final class ResizeApi {
  private static final String DISKS = Stream.concat(Stream.of("rootfs"),
      IntStream.range(0, 256).mapToObj(i -> "mp" + i)).collect(Collectors.joining("|"));

  private ResizeApi() {}

  /** The checked resize: the volume text with its new size. */
  private record Plan(String disk, Volumes.Volume volume, String oldText, long newSize) {}

  static void register(Routes routes) {
    routes.put("/nodes/{node}/lxc/{vmid}/resize", "!disk:" + DISKS + " !size:disk-size digest:string[40]", call -> {
      Guest g = call.guestFor("lxc", "VM.Config.Disk");
      plan(call, g);
      call.lab.lockedAfterResize.add(g.vmid());
      return PowerApi.task(call, g, "resize", job -> grow(job, plan(call, g)));
    });
  }

  /** {@code load_and_check}: lock, privileges, digest, the volume, its storage privilege, then the size. */
  private static Plan plan(Call call, Guest g) {
    PowerWork.checkLock(g, null);
    call.require("/vms/" + g.vmid(), "VM.Config.Options");
    ConfigApi.checkDigest(call.param("digest"), g);
    String disk = call.param("disk");
    String text = g.string(disk);
    if (text == null) {
      throw ApiException.serverError("format error");
    }
    Volumes.Volume volume = Volumes.parse(disk, text, g.node(), call.lab);
    if (volume.hostPath()) {
      throw ApiException.serverError("unable to parse volume ID '" + volume.name() + "'");
    }
    call.require("/storage/" + volume.storage(), "Datastore.AllocateSpace");
    String size = call.param("size");
    boolean add = size.startsWith("+");
    long requested = parseSize(add ? size.substring(1) : size);
    long newSize = add ? volume.size() + requested : requested;
    if (newSize < volume.size()) {
      throw ApiException.serverError("unable to shrink disk size");
    }
    if (newSize == volume.size()) {
      throw ApiException.serverError("disk is already at specified size");
    }
    return new Plan(disk, volume, text, newSize);
  }

  private static void grow(Job job, Plan plan) {
    job.syslog("update CT " + job.guest.vmid() + ": resize --disk " + plan.disk());
    ResizeLog.lines(plan.volume(), plan.newSize(), job.guest.running()).forEach(job::log);
    Map<String, String> parts = PropertyString.parse(plan.oldText(), "volume");
    parts.put("size", PropertyString.formatSize(plan.newSize()));
    job.guest.config().put(plan.disk(), PropertyString.print(parts, "volume", List.of("mp")));
  }

  /** PVE's {@code parse_size}: a number of bytes, or of K, M, G, T. */
  static long parseSize(String text) {
    char unit = text.charAt(text.length() - 1);
    int shift = "KMGT".indexOf(unit);
    double number = Double.parseDouble(shift < 0 ? text : text.substring(0, text.length() - 1));
    return (long) (number * (1L << (10 * (shift + 1))));
  }
}
