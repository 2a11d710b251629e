package dev.labcrew.docker.image;

import dev.labcrew.core.TextResult;
import java.util.List;
import java.util.Map;

/**
 * What an approved prune removed: exactly the images the human saw, each deleted on its own.
 *
 * @param removed each removed image as {@code ID (tags, size)}
 * @param failed image ID to why it was not removed (in use by now, already gone...)
 * @param reclaimed the summed size of the removed images
 * @param verified what the image list read back afterwards shows
 */
public record PruneOutcome(String host, List<String> removed, Map<String, String> failed, long reclaimed, String verified)
        implements TextResult {
    public PruneOutcome {
        removed = List.copyOf(removed);
        failed = Map.copyOf(failed);
    }

    @Override
    public String toText() {
        return ImageText.prune(this);
    }
}
