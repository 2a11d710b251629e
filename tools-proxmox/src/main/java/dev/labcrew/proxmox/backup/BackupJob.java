package dev.labcrew.proxmox.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Arrays;

/**
 * One scheduled backup job of {@code GET /cluster/backup} (Sys.Audit on {@code /}): which guests it covers
 * ({@code all} minus {@code exclude}, or the {@code vmid} list), where and when. A job limited to a {@code pool}
 * is taken to cover nothing it names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupJob(String id, Boolean enabled, Boolean all, String vmid, String exclude, String storage,
                        String schedule, String node, String pool) {

    /** Whether this enabled job backs up guest {@code vmid}. */
    public boolean covers(int guest) {
        if (Boolean.FALSE.equals(enabled)) {
            return false;
        }
        if (Boolean.TRUE.equals(all)) {
            return !listed(exclude, guest);
        }
        return listed(vmid, guest);
    }

    private static boolean listed(String list, int guest) {
        return list != null && Arrays.stream(list.split("[,;\\s]+")).anyMatch(v -> v.equals(String.valueOf(guest)));
    }
}
