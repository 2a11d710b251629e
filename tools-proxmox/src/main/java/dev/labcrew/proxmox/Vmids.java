package dev.labcrew.proxmox;

import dev.labcrew.core.LabcrewException;

/** Validates Proxmox guest IDs before they reach a URL. */
public final class Vmids {
    /** The smallest guest ID Proxmox accepts. */
    public static final int MIN = 100;
    /** The largest guest ID Proxmox accepts. */
    public static final int MAX = 999_999_999;

    private Vmids() {
    }

    /**
     * Returns {@code vmid} when it is a valid guest ID.
     *
     * @throws LabcrewException {@code BAD_INPUT} when it is missing or outside 100..999999999
     */
    public static int require(Integer vmid) {
        if (vmid == null) {
            throw LabcrewException.badInput("vmid is required",
                    "pass the numeric guest ID shown in the guest list, e.g. vmid=102");
        }
        if (vmid < MIN || vmid > MAX) {
            throw LabcrewException.badInput(
                    "Invalid vmid " + vmid + ": Proxmox guest IDs are 100 to 999999999",
                    "pass the numeric guest ID shown in the guest list, e.g. vmid=102");
        }
        return vmid;
    }
}
