package dev.labcrew.proxmox.diagnosis;

/**
 * A failed start that no known signature explains. It names the exact failing line and the LXC
 * step it came from and deliberately carries no cause.
 *
 * @param failingLine the exact first failing line
 * @param step the LXC step, e.g. {@code lxc_setup}, {@code __lxc_start}, {@code pre-start hook},
 *     {@code systemd unit} or {@code vzstart task}
 * @param source where the line was read: {@code task log} or {@code journal}
 */
public record UnknownFailure(String failingLine, String step, String source) {
}
