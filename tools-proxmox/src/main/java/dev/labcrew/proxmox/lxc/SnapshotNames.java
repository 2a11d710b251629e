package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.LabcrewException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Snapshot names as Proxmox accepts them: a letter, then letters, digits, '-' or '_'; 2 to 40; not "current". */
public final class SnapshotNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{1,39}");

    private SnapshotNames() {
    }

    public static String require(Object snapname) {
        String name = snapname == null ? "" : snapname.toString().trim();
        if (!NAME.matcher(name).matches() || name.equalsIgnoreCase("current")) {
            throw LabcrewException.badInput("Invalid snapshot name '" + name + "': Proxmox wants a letter, then letters, digits, '-' or '_', "
                + "2 to 40 characters, and not 'current'", "e.g. snapname=before-upgrade");
        }
        return name;
    }

    /** The form of a snapshot request: the name, and the description when the caller gave one. */
    public static Map<String, String> createForm(String name, Map<String, Object> arguments) {
        Map<String, String> form = new HashMap<>();
        form.put("snapname", name);
        Object description = arguments.get("description");
        if (description != null) {
            form.put("description", description.toString());
        }
        return form;
    }
}
