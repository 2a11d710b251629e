package dev.labcrew.docker.image;

import dev.labcrew.core.TextResult;
import java.util.List;

/** The images of one engine, biggest first, with what a prune could reclaim. */
public record ImageList(String host, List<ImageRow> images, boolean danglingOnly) implements TextResult {
    public ImageList {
        images = List.copyOf(images);
    }

    /** Bytes of dangling images no container uses: what {@code prune_docker_images} removes. */
    public long danglingReclaimable() {
        return images.stream().filter(i -> i.dangling() && i.unused()).mapToLong(ImageRow::size).sum();
    }

    @Override
    public String toText() {
        return ImageText.list(this);
    }
}
