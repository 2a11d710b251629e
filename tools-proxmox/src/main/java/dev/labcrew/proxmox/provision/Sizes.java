package dev.labcrew.proxmox.provision;

import dev.labcrew.proxmox.lxc.LxcConfig;

/** Volume sizes of a container config ({@code size=8G} in {@code rootfs}/{@code mpN}), in whole GiB. */
final class Sizes {
    private Sizes() {
    }

    /** The {@code size=} of a volume option in GiB, 0 when it has none. */
    static long gib(String volumeText) {
        String size = LxcConfig.parsePropertyString(volumeText == null ? "" : volumeText).get("size");
        if (size == null || size.isEmpty()) {
            return 0;
        }
        return LxcConfig.sizeGib(size);
    }
}
