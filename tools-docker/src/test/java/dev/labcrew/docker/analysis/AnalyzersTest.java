package dev.labcrew.docker.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.docker.DockerClient;
import dev.labcrew.docker.DockerConfig;
import dev.labcrew.docker.DockerHosts;
import dev.labcrew.docker.DockerToolset;
import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.FakeDocker;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The crew's Docker analyzers on the demo engine: each incident found once, with a fix that fits. */
class AnalyzersTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private TestLab lab;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    private static List<Finding> sweep(DockerHosts hosts) {
        List<Finding> findings = new ArrayList<>();
        try (Sweep sweep = Sweep.quiet()) {
            for (Analyzer analyzer : DockerToolset.analyzers(hosts)) {
                findings.addAll(analyzer.analyze(sweep));
            }
        }
        return findings;
    }

    private static Finding about(List<Finding> findings, String target) {
        return findings.stream().filter(f -> f.target().equals(target)).findFirst().orElseThrow(() -> new AssertionError(target));
    }

    @Test
    void should_find_the_oom_killed_crash_loop_and_name_the_memory_limit() {
        Finding loop = about(sweep(lab.hosts), "docker/paperless-worker@local");
        assertThat(loop.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(loop.title()).matches("paperless-worker is in a crash loop: restarted \\d+ times, last exit 137 \\(OOM-killed\\)");
        assertThat(loop.evidence()).anyMatch(e -> e.contains("OOMKilled true")).anyMatch(e -> e.contains("memory limit 256.0 MiB"))
            .anyMatch(e -> e.startsWith("log: ") && e.contains("SIGKILL"));
        assertThat(loop.fix()).contains("Raise its memory limit above 256.0 MiB").contains("docker update --memory 512m");
        assertThat(loop.action()).as("a restart cannot fix an OOM loop").isNull();
    }

    @Test
    void should_propose_a_restart_only_where_it_fits() {
        List<Finding> findings = sweep(lab.hosts);
        Finding exited = about(findings, "docker/backup-job@local");
        assertThat(exited.title()).isEqualTo("backup-job exited with code 1 and nothing restarts it");
        assertThat(exited.evidence()).anyMatch(e -> e.contains("unable to open config file"));
        assertThat(exited.action().tool()).isEqualTo("restart_container");
        assertThat(exited.action().arguments()).isEqualTo(Map.of("container", "backup-job", "host", "local"));
        Finding unhealthy = about(findings, "docker/jellyfin@local");
        assertThat(unhealthy.title()).contains("unhealthy").contains("12 times in a row");
        assertThat(unhealthy.evidence()).anyMatch(e -> e.startsWith("probe: exit 1: curl: (28)"));
        assertThat(unhealthy.action().tool()).isEqualTo("restart_container");
        assertThat(findings).noneMatch(f -> f.target().matches("docker/(proxy|nextcloud|postgres|homeassistant)@local"));
    }

    @Test
    void should_propose_a_prune_for_dangling_images_and_leave_volumes_to_a_human() {
        List<Finding> findings = sweep(lab.hosts);
        Finding images = about(findings, "docker/images@local");
        assertThat(images.title()).isEqualTo("3 dangling images take 4.5 GiB on local");
        assertThat(images.severity()).isEqualTo(Severity.WARNING);
        assertThat(images.action().tool()).isEqualTo("prune_docker_images");
        Finding volumes = about(findings, "docker/volumes@local");
        assertThat(volumes.action()).isNull();
        assertThat(volumes.manualSteps()).hasSize(2).allMatch(s -> s.contains("docker volume rm"));
        assertThat(findings).hasSize(5);
    }

    @Test
    void should_report_an_unreachable_engine_once_and_go_on_with_the_others() {
        try (FakeDocker empty = FakeDocker.builder().scenario("empty").build().start();
             DockerHosts hosts = DockerHosts.of(
                 DockerClient.create(DockerConfig.builder().name("ok").host(empty.host()).build()),
                 DockerClient.create(DockerConfig.builder().name("gone").host("tcp://127.0.0.1:1").build()))) {
            List<Finding> findings = sweep(hosts);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.target()).isEqualTo("docker@gone");
                assertThat(f.evidence()).anyMatch(e -> e.contains("Cannot reach"));
            });
        }
    }
}
