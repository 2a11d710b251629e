package dev.labcrew.proxmox.vm;

import dev.labcrew.core.TextResult;
import dev.labcrew.proxmox.Gap;
import java.util.List;

/**
 * The config of one VM with audit warnings (no backup, machine type, passthrough, agent off), most severe first.
 *
 * @param gaps what could not be read for the audit (the backup jobs), and why
 */
public record VmConfigReport(int vmid, String node, VmConfig config, List<String> warnings, List<Gap> gaps) implements TextResult {
    @Override
    public String toText() {
        return VmText.config(this);
    }
}
