package dev.labcrew.docker.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import dev.labcrew.testkit.docker.RecordedRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What each approved container action does against FakeDocker: success, no-op, conflict, unverified state. */
class ContainerActionsTest {
    @RegisterExtension
    FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    @TempDir
    Path dir;

    private TestLab lab;
    private StateStore audit;
    private ToolRuntime runtime;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
        audit = StateStore.sqlite(dir.resolve("audit.db"), dir.resolve("audit.key"));
        runtime = lab.approving(audit);
    }

    @AfterEach
    void disconnect() {
        audit.close();
        lab.close();
    }

    private String state(String name) {
        return new ContainerTools(lab.hosts).checkContainerStatus(name, null).state();
    }

    @Test
    void should_restart_a_container_verify_it_and_record_every_step() {
        String before = new ContainerTools(lab.hosts).checkContainerStatus("jellyfin", null).startedAt();
        ToolResult result = runtime.call("restart_container", Map.of("container", "jellyfin", "timeout", 5, "reason", "unhealthy"));
        assertThat(result.outcome()).as(result.text()).isEqualTo(Outcome.OK);
        assertThat(result.text()).startsWith("DONE restart_container on docker/jellyfin@local: running (started");
        assertThat(lab.writes()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.apiPath()).matches("/containers/[0-9a-f]{64}/restart");
            assertThat(r.query()).isEqualTo("t=5");
        });
        assertThat(new ContainerTools(lab.hosts).checkContainerStatus("jellyfin", null).startedAt()).isNotEqualTo(before);
        assertThat(audit.auditTrail()).extracting(r -> r.event().type()).containsExactly(AuditEventType.PROPOSED,
            AuditEventType.DECIDED, AuditEventType.STARTED, AuditEventType.FINISHED);
        assertThat(audit.auditTrail()).extracting(AuditRecord::event).allMatch(e -> e.target().equals("docker/jellyfin@local"));
        assertThat(audit.verifyAudit().intact()).isTrue();
    }

    @Test
    void should_stop_and_start_a_container_and_verify_each() {
        assertThat(runtime.call("stop_container", Map.of("container", "proxy")).text()).contains("DONE stop_container").contains("stopped");
        assertThat(state("proxy")).isEqualTo("exited");
        assertThat(runtime.call("start_container", Map.of("container", "proxy")).text()).contains("DONE start_container").contains("running");
        assertThat(state("proxy")).isEqualTo("running");
        assertThat(lab.writes()).extracting(RecordedRequest::query).containsExactly("t=10", "");
    }

    @Test
    void should_start_a_stopped_container_with_restart_as_the_crew_proposes() {
        ToolResult result = runtime.call("restart_container", Map.of("container", "backup-job"));
        assertThat(result.text()).contains("DONE restart_container on docker/backup-job@local: running");
    }

    @Test
    void should_report_already_running_and_not_running_as_no_ops_without_a_write() {
        assertThat(runtime.call("start_container", Map.of("container", "proxy")).text()).isEqualTo("NO CHANGE: proxy is already running");
        assertThat(runtime.call("stop_container", Map.of("container", "backup-job")).text()).contains("not running");
        assertThat(lab.writes()).isEmpty();
    }

    @Test
    void should_treat_an_engine_304_as_nothing_to_do() {
        docker.fake().faults().error("POST", "/containers/.+/stop", 304, "");
        ToolResult result = runtime.call("stop_container", Map.of("container", "proxy"));
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.text()).contains("no change").contains("already stopped");
    }

    @Test
    void should_surface_a_conflict_with_the_engines_message() {
        docker.fake().faults().error("POST", "/containers/.+/restart", 409, "Container paperless-worker is restarting, wait until it is running");
        ToolResult result = runtime.call("restart_container", Map.of("container", "paperless-worker"));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(result.text()).contains("wait until it is running");
        assertThat(audit.auditTrail()).extracting(r -> r.event().type()).contains(AuditEventType.FAILED);
    }

    @Test
    void should_fail_when_the_container_never_reaches_the_asked_state() {
        docker.fake().faults().error("POST", "/containers/.+/start", 204, "");
        ToolResult result = runtime.call("start_container", Map.of("container", "backup-job"));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.TASK_FAILED);
        assertThat(result.text()).contains("start of backup-job returned, but it is exited (exit code 1)")
            .contains("check_container_logs container=backup-job");
    }

    @Test
    void should_change_nothing_when_denied_or_previewed() {
        ToolResult denied = lab.runtime().call("restart_container", Map.of("container", "proxy"));
        assertThat(denied.outcome()).isEqualTo(Outcome.DENIED);
        ToolResult preview = runtime.call("stop_container", Map.of("container", "proxy", "dry_run", true));
        assertThat(preview.outcome()).isEqualTo(Outcome.PREVIEW);
        assertThat(preview.text()).contains("running -> stopped: SIGTERM, killed after 10 s").contains("undo: start_container container=proxy");
        assertThat(lab.writes()).isEmpty();
    }

    @Test
    void should_refuse_an_out_of_range_timeout() {
        assertThat(runtime.call("stop_container", Map.of("container", "proxy", "timeout", 0)).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(lab.writes()).isEmpty();
    }
}
