package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.task.TaskRunner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grows a container volume ({@code rootfs} or {@code mpN}) by whole GiB: never shrinks, since PVE cannot. The
 * request carries the config digest read before, so a config changed since the approval is refused, and the size
 * is read back after the resize task.
 */
final class ResizeDisk implements Action {
    static final int MAX_GIB = 4096;

    private final ProxmoxClient client;
    private final GuestReader reader;
    private final TaskRunner tasks;

    ResizeDisk(ProxmoxClient client, GuestReader reader, TaskRunner tasks) {
        this.client = client;
        this.reader = reader;
        this.tasks = tasks;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        String disk = disk(arguments);
        int grow = grow(arguments);
        GuestState guest = reader.read(arguments);
        long before = sizeGib(guest, disk);
        return ActionPlan.of(guest.target(), guest.identity(),
            List.of(disk + ": " + before + "G -> " + (before + grow) + "G (the volume and its filesystem grow"
                + (guest.running() ? ", online" : "") + ")"),
            "none: a container volume cannot shrink; restore a backup of " + guest.label() + " to go back");
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        String disk = disk(arguments);
        int grow = grow(arguments);
        GuestState guest = reader.read(arguments);
        long before = sizeGib(guest, disk);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("disk", disk);
        form.put("size", "+" + grow + "G");
        form.put("digest", guest.config().digest());
        var outcome = tasks.put("resize of " + disk + " of " + guest.label(),
            "/nodes/" + guest.node() + "/lxc/" + guest.vmid() + "/resize", form);
        long after = sizeGib(new GuestState(guest.vmid(), guest.node(), guest.status(),
            client.lxc().config(guest.node(), guest.vmid()), guest.clusterSuffix()), disk);
        if (after < before + grow) {
            throw new LabcrewException(ErrorKind.TASK_FAILED, disk + " of " + guest.label() + " is " + after
                + "G after the resize, not " + (before + grow) + "G", "check it with get_lxc_config vmid=" + guest.vmid());
        }
        return new ActionOutcome("resize_lxc_disk", guest.target(), outcome.upid(), outcome.exitStatus(), outcome.logTail(),
            disk + " is now " + after + "G");
    }

    private static String disk(Map<String, Object> arguments) {
        Object value = arguments.get("disk");
        String disk = value == null ? "rootfs" : value.toString();
        if (!disk.matches("rootfs|mp\\d{1,3}")) {
            throw LabcrewException.badInput("disk must be rootfs or mpN, got " + disk, "e.g. disk=rootfs");
        }
        return disk;
    }

    private static int grow(Map<String, Object> arguments) {
        Object value = arguments.get("grow_gib");
        int grow = value == null ? 0 : ((Number) value).intValue();
        if (grow < 1 || grow > MAX_GIB) {
            throw LabcrewException.badInput("grow_gib must be 1 to " + MAX_GIB + ", got " + grow,
                "the disk only grows; e.g. grow_gib=4 adds 4 GiB");
        }
        return grow;
    }

    /** The volume's size in whole GiB, from its {@code size=} option. */
    static long sizeGib(GuestState guest, String disk) {
        String text = guest.config().get(disk);
        if (text == null) {
            throw new LabcrewException(ErrorKind.NOT_FOUND, guest.label() + " has no " + disk,
                "list its volumes with get_lxc_config vmid=" + guest.vmid());
        }
        String size = LxcConfig.parsePropertyString(text).get("size");
        if (size == null || size.isEmpty()) {
            throw LabcrewException.badInput(disk + " of " + guest.label() + " is not a sized volume (a bind mount?)",
                "only storage volumes can grow");
        }
        return LxcConfig.sizeGib(size);
    }
}
