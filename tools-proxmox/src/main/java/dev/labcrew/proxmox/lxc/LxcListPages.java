package dev.labcrew.proxmox.lxc;

import java.util.List;

/** One page of a listing, and the arguments that show a given row of it. */
final class LxcListPages {
    private LxcListPages() {
    }

    /** Rows {@code (page - 1) * PAGE_ROWS} onwards, by VMID, and a last line naming the rows not shown. */
    static String page(StringBuilder out, LxcList list, int page) {
        List<LxcRow> rows = list.containers();
        int pages = LxcListText.pages(rows.size());
        if (page < 1 || page > pages) {
            return out.append("\nNo page ").append(page).append(": pages run from 1 to ").append(pages).append('.').toString();
        }
        int from = (page - 1) * LxcListText.PAGE_ROWS;
        int to = Math.min(rows.size(), from + LxcListText.PAGE_ROWS);
        out.append("\npage ").append(page).append(" of ").append(pages).append(", rows ").append(from + 1).append('-').append(to)
           .append(" by VMID:").append(LxcListText.table(rows.subList(from, to)));
        if (pages == 1) {
            return out.toString();
        }
        String before = from == 0 ? "" : "rows 1-" + from;
        String after = to == rows.size() ? "" : "rows " + (to + 1) + "-" + rows.size();
        out.append("\nNot shown: ").append(before).append(before.isEmpty() || after.isEmpty() ? "" : " and ").append(after);
        String filter = list.filter().arguments();
        return out.append(to == rows.size() ? "; this is the last page." : "; next: " + (filter.isEmpty() ? "" : filter + " ")
            + "page=" + (page + 1) + ".").toString();
    }

    /** The arguments that list the containers of {@code status} from its {@code skip}th on: {@code status=stopped page=3}. */
    static String next(LxcList list, String status, int skip) {
        LxcFilter f = list.filter();
        String filter = new LxcFilter(f.node(), status, f.tag(), f.name()).arguments();
        return filter + " page=" + (skip / LxcListText.PAGE_ROWS + 1);
    }
}
