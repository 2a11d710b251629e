package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.action.Action;
import dev.labcrew.core.action.ActionPlan;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.internal.PveWrites;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes memory, swap and cores of a container. The config update is synchronous: it passes the
 * digest read before (so a concurrent change is refused by Proxmox) and reads the config back.
 */
final class UpdateResources implements Action {
    private final ProxmoxClient client;
    private final PveWrites writes;
    private final GuestReader reader;

    UpdateResources(ProxmoxClient client, PveWrites writes, GuestReader reader) {
        this.client = client;
        this.writes = writes;
        this.reader = reader;
    }

    @Override
    public ActionPlan plan(Map<String, Object> arguments) {
        Map<String, Integer> wanted = wanted(arguments);
        GuestState guest = reader.read(arguments);
        Map<String, Integer> current = current(guest.config());
        List<String> preview = new ArrayList<>();
        List<String> undo = new ArrayList<>();
        wanted.forEach((key, value) -> {
            if (!value.equals(current.get(key))) {
                preview.add(key + ": " + show(key, current.get(key)) + " -> " + show(key, value)
                    + (guest.running() ? " (applies to the running container at once)" : ""));
                undo.add(key + "=" + current.get(key));
            }
        });
        if (preview.isEmpty()) {
            return ActionPlan.noop(guest.target(), guest.identity(), guest.label() + " already has " + wanted);
        }
        return ActionPlan.of(guest.target(), guest.identity(), preview,
            "update_lxc_resources vmid=" + guest.vmid() + " " + String.join(" ", undo));
    }

    @Override
    public Object perform(ActionPlan plan, Map<String, Object> arguments) {
        Map<String, Integer> wanted = wanted(arguments);
        GuestState guest = reader.read(arguments);
        Map<String, String> form = new LinkedHashMap<>();
        wanted.forEach((key, value) -> form.put(key, String.valueOf(value)));
        form.put("digest", guest.config().digest());
        writes.put("/nodes/" + guest.node() + "/lxc/" + guest.vmid() + "/config", form);
        Map<String, Integer> after = current(client.lxc().config(guest.node(), guest.vmid()));
        wanted.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                throw new LabcrewException(ErrorKind.TASK_FAILED, key + " of " + guest.label() + " is " + after.get(key)
                    + " after the update, not " + value, "check it with get_lxc_config vmid=" + guest.vmid());
            }
        });
        return new ActionOutcome("update_lxc_resources", guest.target(), null, "OK", List.of(), "config now has " + after);
    }

    private static Map<String, Integer> wanted(Map<String, Object> arguments) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        put(wanted, arguments, "memory", 16, 64 * 1024 * 1024);
        put(wanted, arguments, "swap", 0, 64 * 1024 * 1024);
        put(wanted, arguments, "cores", 1, 8192);
        if (wanted.isEmpty()) {
            throw LabcrewException.badInput("Nothing to change: give memory, swap or cores", "e.g. memory=8192 (MiB)");
        }
        return wanted;
    }

    private static void put(Map<String, Integer> wanted, Map<String, Object> arguments, String key, int min, int max) {
        Object value = arguments.get(key);
        if (value == null) {
            return;
        }
        int number = ((Number) value).intValue();
        if (number < min || number > max) {
            throw LabcrewException.badInput(key + " must be " + min + " to " + max + ", got " + number,
                key.equals("cores") ? "cores is a count of CPUs" : key + " is in MiB");
        }
        wanted.put(key, number);
    }

    private static Map<String, Integer> current(LxcConfig config) {
        Map<String, Integer> current = new LinkedHashMap<>();
        current.put("memory", config.memory());
        current.put("swap", config.swap());
        current.put("cores", config.cores());
        return current;
    }

    private static String show(String key, Integer value) {
        if (value == null) {
            return "unset (all host cores)";
        }
        return key.equals("cores") ? String.valueOf(value) : value + " MiB";
    }
}
