package dev.labcrew.docker.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.Engine;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Images on Podman (API 1.41, whose image list says Containers: -1, so use is counted from the containers). */
class ImageToolsTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents").configure(b -> b.engine(Engine.PODMAN));

    private TestLab lab;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_list_images_biggest_first_with_dangling_and_unused_ones_marked() {
        ImageList list = new ImageTools(lab.hosts).listDockerImages(null, null);
        assertThat(list.images()).hasSize(11);
        assertThat(list.images()).filteredOn(ImageRow::dangling).hasSize(3).allMatch(ImageRow::unused);
        assertThat(list.images()).filteredOn(i -> i.tags().contains("postgres:15-alpine")).singleElement()
            .satisfies(i -> assertThat(i.unused()).isTrue());
        assertThat(list.images()).filteredOn(i -> i.tags().contains("nginx:1.27-alpine")).singleElement()
            .satisfies(i -> assertThat(i.containers()).isEqualTo(1));
        assertThat(list.images().get(0).size()).isGreaterThanOrEqualTo(list.images().get(1).size());
        assertThat(list.toText()).contains("3 dangling, 4.5 GiB reclaimable with prune_docker_images").contains("<none>");
        assertThat(docker.fake().requests()).allMatch(r -> r.version().isEmpty() || r.version().equals("1.41"));
    }

    @Test
    void should_list_only_dangling_images_when_asked() {
        assertThat(new ImageTools(lab.hosts).listDockerImages(true, null).images()).hasSize(3).allMatch(ImageRow::dangling);
    }
}
