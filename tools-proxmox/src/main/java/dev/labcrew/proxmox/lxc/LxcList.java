package dev.labcrew.proxmox.lxc;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The LXC containers of a cluster that match a filter, sorted by VMID: all of them, whatever the page. The text
 * shows them all when they fit, else those that need attention by name and the rest counted, or the page asked for.
 *
 * @param filter what was asked for
 * @param page the page of the text asked for (1-based, {@link LxcListText#PAGE_ROWS} rows each), or null for the overview
 * @param offlineNodes nodes whose guests show status unknown because the node is unreachable
 */
public record LxcList(List<LxcRow> containers, LxcFilter filter, Integer page, List<String> offlineNodes)
        implements TextResult {
    public LxcList {
        containers = List.copyOf(containers);
        offlineNodes = List.copyOf(offlineNodes);
    }

    @Override
    public String toText() {
        return LxcListText.render(this);
    }
}
