package dev.labcrew.proxmox.vm;

import java.util.List;

/** An interface as the QEMU guest agent sees it inside the VM; addresses as {@code ip/prefix}. */
public record AgentInterface(String name, String mac, List<String> addresses) {
}
