package dev.labcrew.docker.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.DockerToolset;
import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import dev.labcrew.testkit.docker.RecordedRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The prune deletes exactly the images the human saw, one by one, never through the engine's own prune. */
class PruneImagesTest {
    @RegisterExtension
    FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private TestLab lab;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    private List<String> danglingIds() {
        return new ImageTools(lab.hosts).listDockerImages(true, null).images().stream().map(ImageRow::id).toList();
    }

    @Test
    void should_preview_exactly_the_dangling_images_and_the_space_without_deleting() {
        List<String> dangling = danglingIds();
        ToolResult preview = lab.approving(null).call("prune_docker_images", Map.of("dry_run", true));
        assertThat(preview.outcome()).isEqualTo(Outcome.PREVIEW);
        assertThat(preview.text()).contains("(DESTRUCTIVE)").contains("3 images, about 4.5 GiB reclaimed");
        dangling.forEach(id -> assertThat(preview.text()).contains("remove " + id + " <none>"));
        assertThat(preview.text()).doesNotContain("postgres:15-alpine");
        assertThat(lab.writes()).isEmpty();
    }

    @Test
    void should_delete_exactly_the_approved_images_one_by_one() {
        List<String> dangling = danglingIds();
        ToolResult done = lab.approving(null).call("prune_docker_images", Map.of("reason", "disk at 91%"));
        assertThat(done.outcome()).as(done.text()).isEqualTo(Outcome.OK);
        assertThat(done.text()).startsWith("DONE prune_docker_images on local: removed 3 images, about 4.5 GiB reclaimed")
            .contains("verified: none of the removed images is listed any more");
        assertThat(lab.writes()).hasSize(3).allMatch(r -> r.method().equals("DELETE"))
            .extracting(RecordedRequest::apiPath).allMatch(p -> p.matches("/images/sha256:[0-9a-f]{64}"))
            .allMatch(p -> dangling.stream().anyMatch(id -> p.startsWith("/images/sha256:" + id)));
        assertThat(docker.fake().requests()).noneMatch(r -> r.apiPath().equals("/images/prune"));
        assertThat(danglingIds()).isEmpty();
        assertThat(new ImageTools(lab.hosts).listDockerImages(null, null).images()).hasSize(8);
    }

    @Test
    void should_remove_unused_tagged_images_tag_by_tag_with_all() {
        ToolResult done = lab.approving(null).call("prune_docker_images", Map.of("all", true));
        assertThat(done.text()).contains("removed 4 images");
        assertThat(lab.writes()).extracting(RecordedRequest::apiPath).contains("/images/postgres:15-alpine");
    }

    @Test
    void should_refuse_when_the_images_changed_after_approval() {
        String gone = danglingIds().get(0);
        ToolRuntime racing = DockerToolset.register(ToolRuntime.builder().catalog(DockerToolset.catalog(lab.hosts)), lab.hosts)
            .gate(p -> {
                lab.client.delete("/images/" + gone, Map.of()); // someone else prunes while the human decides
                return Decision.approved(p, "tester", "ok", ApprovalIds.next("test"), Instant.now().plusSeconds(60));
            }).build();
        ToolResult result = racing.call("prune_docker_images", Map.of());
        assertThat(result.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(result.text()).contains("REFUSED").contains("changed since it was approved");
        assertThat(danglingIds()).hasSize(2);
    }

    @Test
    void should_report_an_image_the_engine_refuses_and_go_on() {
        String busy = danglingIds().get(0);
        docker.fake().faults().error("DELETE", "/images/sha256:" + busy + ".*", 409,
            "conflict: unable to delete " + busy + " (must be forced) - image is being used by stopped container 0123456789ab");
        ToolResult done = lab.approving(null).call("prune_docker_images", Map.of());
        assertThat(done.text()).startsWith("PARTLY DONE").contains("removed 2 images").contains("NOT removed " + busy)
            .contains("image is being used");
    }

    @Test
    void should_say_there_is_nothing_to_prune_without_asking_anyone() {
        ToolResult result = lab.runtime().call("prune_docker_images", Map.of("label", "com.example.nothing"));
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.text()).startsWith("NO CHANGE: no dangling images").contains("with label com.example.nothing");
    }
}
