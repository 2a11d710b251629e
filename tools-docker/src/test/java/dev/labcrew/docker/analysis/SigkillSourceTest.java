package dev.labcrew.docker.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.docker.TestLab;
import dev.labcrew.docker.container.ContainerStatus;
import dev.labcrew.docker.container.ContainerTools;
import dev.labcrew.docker.container.KillSource;
import dev.labcrew.testkit.docker.DockerScenario;
import dev.labcrew.testkit.docker.FakeDocker;
import dev.labcrew.testkit.docker.RecordedRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exit 137 without Docker's OOMKilled flag: the engine's event log tells a {@code docker stop}/{@code kill} from a
 * SIGKILL nobody sent through Docker (an OOM kill whose flag the engine missed, moby/moby#41929).
 */
class SigkillSourceTest {
    private FakeDocker fake;
    private TestLab lab;
    private ContainerTools containers;

    @BeforeEach
    void start() throws Exception {
        fake = FakeDocker.builder().scenario(DockerScenario.fromFile(scenario())).build().start();
        lab = new TestLab(fake);
        containers = new ContainerTools(lab.hosts);
    }

    @AfterEach
    void stop() {
        lab.close();
        fake.close();
    }

    private static Path scenario() throws URISyntaxException {
        return Path.of(SigkillSourceTest.class.getResource("/scenarios/sigkills.json").toURI());
    }

    private List<Finding> crashFindings() {
        try (Sweep sweep = Sweep.quiet()) {
            return new CrashLoopAnalyzer(lab.hosts).analyze(sweep);
        }
    }

    private List<RecordedRequest> eventReads() {
        return fake.requests().stream().filter(r -> r.path().endsWith("/events")).toList();
    }

    @Test
    void should_name_a_sigkill_nobody_sent_through_docker_as_a_likely_oom_kill() {
        ContainerStatus indexer = containers.checkContainerStatus("indexer", null);
        assertThat(indexer.oomKilled()).isFalse();
        assertThat(indexer.killedBy()).isEqualTo(KillSource.OUTSIDE_DOCKER);
        assertThat(indexer.toText()).contains("exit code 137 (SIGKILL not sent through Docker)")
            .contains("WARNING SIGKILL from outside Docker").contains("memory limit of 64.0 MiB this is most likely the kernel's OOM killer")
            .contains("moby/moby#41929").contains("dmesg | grep -i 'killed process'");
        assertThat(eventReads()).singleElement().satisfies(r -> assertThat(r.query()).contains("since=").contains("until=")
            .contains("filters="));

        Finding finding = crashFindings().stream().filter(f -> f.target().equals("docker/indexer@local")).findFirst().orElseThrow();
        assertThat(finding.title()).isEqualTo("indexer exited with code 137 (SIGKILL from outside Docker) and nothing restarts it");
        assertThat(finding.cause()).contains("most likely the kernel's OOM killer at its memory limit of 64.0 MiB");
        assertThat(finding.fix()).startsWith("Confirm it in the host's kernel log").contains("raise its memory limit above 64.0 MiB")
            .contains("docker update --memory 128m");
        assertThat(finding.evidence()).contains("events: no kill, stop or oom event in the engine's log for its last run");
        assertThat(finding.action()).as("a restart would be killed again").isNull();
    }

    @Test
    void should_point_at_the_host_when_a_container_without_a_limit_was_killed_from_outside() {
        ContainerStatus batch = containers.checkContainerStatus("batch", null);
        assertThat(batch.killedBy()).isEqualTo(KillSource.OUTSIDE_DOCKER);
        assertThat(batch.toText()).contains("Most likely the host ran out of memory (no limit is set), or a kill -9 on the host");
        Finding finding = crashFindings().stream().filter(f -> f.target().equals("docker/batch@local")).findFirst().orElseThrow();
        assertThat(finding.fix()).contains("find what uses the host's memory");
    }

    @Test
    void should_leave_a_container_stopped_through_docker_alone() {
        ContainerStatus stubborn = containers.checkContainerStatus("stubborn", null);
        assertThat(stubborn.killedBy()).isEqualTo(KillSource.DOCKER);
        assertThat(stubborn.toText()).contains("exit code 137 (SIGKILL sent through Docker: docker stop's timeout, docker kill or docker restart)")
            .doesNotContain("WARNING");
        assertThat(crashFindings()).noneMatch(f -> f.target().equals("docker/stubborn@local"));
    }

    @Test
    void should_trust_the_oom_flag_and_read_no_events_when_the_engine_set_it_or_the_exit_was_not_a_sigkill() {
        ContainerStatus flagged = containers.checkContainerStatus("flagged", null);
        assertThat(flagged.killedBy()).isEqualTo(KillSource.OOM_KILLER);
        assertThat(flagged.oomKilled()).isTrue();
        assertThat(containers.checkContainerStatus("web", null).killedBy()).isEqualTo(KillSource.NONE);
        assertThat(eventReads()).isEmpty();
    }

    @Test
    void should_still_answer_when_the_event_log_is_refused() {
        fake.faults().error("GET", ".*/events", 403, "Forbidden: events are not allowed by this socket proxy");
        ContainerStatus indexer = containers.checkContainerStatus("indexer", null);
        assertThat(indexer.killedBy()).isEqualTo(KillSource.UNKNOWN);
        assertThat(indexer.toText()).contains("exit code 137 (SIGKILL: killed, often by docker stop's timeout or the OOM killer)")
            .doesNotContain("WARNING");
    }

    @Test
    void should_see_a_docker_stop_made_through_the_api_in_the_event_log() {
        lab.client.post("/containers/web/stop", java.util.Map.of());
        lab.client.post("/containers/web/start", java.util.Map.of());
        assertThat(containers.checkContainerStatus("web", null).killedBy()).isEqualTo(KillSource.NONE);
        String log = new String(lab.client.getRaw("/events", java.util.Map.of("filters", "{\"container\":[\"web\"]}")).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log.lines().map(l -> l.replaceAll(".*\"Action\":\"([a-z]+)\".*", "$1")).toList())
            .containsExactly("start", "kill", "die", "stop", "start");
    }
}
