package dev.labcrew.docker.image;

import java.util.List;

/**
 * One image.
 *
 * @param id the short ID (12 characters)
 * @param tags {@code repo:tag} names; empty for a dangling image
 * @param created Unix seconds
 * @param containers how many containers, running or not, use it
 */
public record ImageRow(String id, List<String> tags, long size, long created, boolean dangling, int containers) {
    public ImageRow {
        tags = List.copyOf(tags);
    }

    /** No container uses it, so a prune with {@code all=true} would remove it. */
    public boolean unused() {
        return containers == 0;
    }
}
