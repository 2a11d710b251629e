package dev.labcrew.docker.image;

import dev.labcrew.core.Risk;
import dev.labcrew.core.ToolRisk;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.core.tool.P;
import dev.labcrew.core.tool.Tool;
import java.util.Comparator;
import java.util.List;

/** The images of a Docker engine: size, dangling or not, used by containers or not. */
public final class ImageTools {
    private final DockerHosts hosts;

    public ImageTools(DockerHosts hosts) {
        this.hosts = hosts;
    }

    @Tool(name = "list_docker_images", value = "Docker images: size, age, unused ones.")
    @ToolRisk(Risk.READ_ONLY)
    public ImageList listDockerImages(
            @P(value = "", required = false) Boolean dangling,
            @P(value = "Docker host name; the default host when omitted", required = false) String host) {
        DockerClient client = hosts.client(host);
        boolean only = Boolean.TRUE.equals(dangling);
        List<ImageRow> rows = ImageReader.read(client).stream()
            .filter(i -> !only || i.dangling())
            .map(i -> new ImageRow(i.shortId(), i.tags(), i.size(), i.created(), i.dangling(), i.containers()))
            .sorted(Comparator.comparingLong(ImageRow::size).reversed().thenComparing(ImageRow::id))
            .toList();
        return new ImageList(client.name(), rows, only);
    }
}
