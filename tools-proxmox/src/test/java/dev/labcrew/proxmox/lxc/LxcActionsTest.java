package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.labcrew.testkit.proxmox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each approved action does against FakeProxmox: success, no-op, lock contention, failed task. */
class LxcActionsTest {
    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;
    private ToolRuntime runtime;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
        runtime = lab.approving();
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    private ToolResult call(String tool, Map<String, ?> args) {
        return runtime.call(tool, args);
    }

    private String status(int vmid) {
        return new LxcInventoryTools(lab.client).checkLxcStatus(vmid, null).status();
    }

    @Test
    void should_shut_down_and_start_a_container_and_verify_each() {
        ToolResult down = call("shutdown_lxc", Map.of("vmid", 101));
        assertThat(down.outcome()).as(down.text()).isEqualTo(Outcome.OK);
        assertThat(down.text()).contains("DONE shutdown_lxc on ct/101@pve1: stopped").contains("vzshutdown").contains("exit OK");
        assertThat(status(101)).isEqualTo("stopped");
        ToolResult up = call("start_lxc", Map.of("vmid", 101));
        assertThat(up.text()).contains("DONE start_lxc").contains("running (uptime");
        assertThat(status(101)).isEqualTo("running");
    }

    @Test
    void should_restart_and_stop_a_running_container() {
        assertThat(call("restart_lxc", Map.of("vmid", 200)).text()).contains("DONE restart_lxc").contains("running");
        assertThat(call("stop_lxc", Map.of("vmid", 200)).text()).contains("DONE stop_lxc").contains("stopped");
        assertThat(status(200)).isEqualTo("stopped");
    }

    @Test
    void should_report_already_running_and_not_running_as_no_ops() {
        assertThat(call("start_lxc", Map.of("vmid", 200)).text()).startsWith("NO CHANGE").contains("already running");
        assertThat(call("shutdown_lxc", Map.of("vmid", 102)).text()).startsWith("NO CHANGE").contains("not running");
        assertThat(call("restart_lxc", Map.of("vmid", 102)).text()).contains("use start_lxc");
        assertThat(call("update_lxc_resources", Map.of("vmid", 200, "memory", 4096)).text()).startsWith("NO CHANGE");
        assertThat(writes()).isEmpty();
    }

    @Test
    void should_surface_a_failed_start_with_its_error_line() {
        ToolResult result = call("start_lxc", Map.of("vmid", 102));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.TASK_FAILED);
        assertThat(result.text()).contains("unable to get PID for CT 102").contains("problem with monitor socket");
        ToolResult fuse = call("start_lxc", Map.of("vmid", 902));
        assertThat(fuse.text()).contains("startup for container '902' failed").contains("/dev/fuse");
    }

    @Test
    void should_surface_any_failed_task_with_its_error_line() {
        pve.fake().faults().failNextTask(200, "command 'lxc-stop' failed: exit code 1", List.of("lxc-stop: 200: error stopping"));
        ToolResult result = call("restart_lxc", Map.of("vmid", 200));
        assertThat(result.errorKind()).isEqualTo(ErrorKind.TASK_FAILED);
        assertThat(result.text()).contains("command 'lxc-stop' failed: exit code 1").contains("error stopping");
    }

    @Test
    void should_retry_back_to_back_writes_that_hit_the_config_lock() {
        pve.fake().faults().lockContention(200, Duration.ofMillis(300));
        assertThat(call("update_lxc_resources", Map.of("vmid", 200, "memory", 8192)).outcome()).isEqualTo(Outcome.OK);
        ToolResult snapshot = call("create_lxc_snapshot", Map.of("vmid", 200, "snapname", "after-resize"));
        assertThat(snapshot.outcome()).as(snapshot.text()).isEqualTo(Outcome.OK);
        List<RecordedRequest> snapshotPosts = writes().stream().filter(r -> r.apiPath().endsWith("/snapshot")).toList();
        assertThat(snapshotPosts).as("the first snapshot task fails on the config lock, a retry within the bound of 3 succeeds")
            .hasSizeBetween(2, 3);
        assertThat(new SnapshotTools(lab.client).checkLxcSnapshots(200, null).snapshots()).extracting(SnapshotInfo::name)
            .contains("after-resize");
    }

    @Test
    void should_start_a_task_that_keeps_failing_on_the_lock_at_most_the_clients_attempts() {
        pve.fake().faults().lockContention(200, Duration.ofMinutes(1));
        assertThat(call("update_lxc_resources", Map.of("vmid", 200, "memory", 8192)).outcome()).isEqualTo(Outcome.OK);
        ToolResult snapshot = call("create_lxc_snapshot", Map.of("vmid", 200, "snapname", "never"));
        assertThat(snapshot.errorKind()).as(snapshot.text()).isEqualTo(ErrorKind.LOCKED);
        assertThat(writes().stream().filter(r -> r.apiPath().endsWith("/snapshot")))
            .as("LabFixture's client makes 3 attempts; the task layer adds none").hasSize(3);
    }

    @Test
    void should_retry_a_power_action_through_a_lock_timeout() {
        pve.fake().faults().lockTimeout(101, 1);
        assertThat(call("shutdown_lxc", Map.of("vmid", 101)).outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void should_create_and_delete_a_snapshot_and_verify_each() {
        ToolResult created = call("create_lxc_snapshot", Map.of("vmid", 101, "snapname", "before-upgrade", "description", "apt"));
        assertThat(created.text()).contains("snapshot 'before-upgrade' exists");
        assertThat(new SnapshotTools(lab.client).checkLxcSnapshots(101, null).snapshots()).extracting(SnapshotInfo::name)
            .contains("before-upgrade");
        assertThat(call("create_lxc_snapshot", Map.of("vmid", 101, "snapname", "before-upgrade")).text()).contains("already has");
        assertThat(call("delete_lxc_snapshot", Map.of("vmid", 101, "snapname", "before-upgrade")).text())
            .contains("snapshot 'before-upgrade' is gone");
        assertThat(call("delete_lxc_snapshot", Map.of("vmid", 101, "snapname", "nope")).text()).startsWith("NO CHANGE");
    }

    @Test
    void should_refuse_bad_snapshot_names_before_any_request() {
        for (String name : new String[] {"1bad", "current", "a", "has space", "x".repeat(41)}) {
            ToolResult result = call("create_lxc_snapshot", Map.of("vmid", 101, "snapname", name));
            assertThat(result.errorKind()).as(name).isEqualTo(ErrorKind.BAD_INPUT);
        }
        assertThat(pve.fake().requests()).isEmpty();
    }

    @Test
    void should_preview_what_a_rollback_loses_and_then_roll_back() {
        ToolResult preview = call("rollback_lxc_snapshot", Map.of("vmid", 200, "snapname", "before-pg16-upgrade", "dry_run", true));
        assertThat(preview.outcome()).isEqualTo(Outcome.PREVIEW);
        assertThat(preview.text()).containsPattern("LOST: every change .* taken \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC").contains("weekly-2")
            .contains("it is stopped for the rollback").contains("undo: none");
        assertThat(writes()).isEmpty();
        ToolResult done = call("rollback_lxc_snapshot", Map.of("vmid", 200, "snapname", "weekly-2", "start", true));
        assertThat(done.text()).as(done.text()).contains("rolled back to 'weekly-2', now running");
    }

    @Test
    void should_preview_resources_before_and_after_and_pass_the_digest() {
        ToolResult preview = call("update_lxc_resources", Map.of("vmid", 200, "memory", 8192, "cores", 6, "dry_run", true));
        assertThat(preview.text()).contains("memory: 4096 MiB -> 8192 MiB").contains("cores: 4 -> 6")
            .contains("undo: update_lxc_resources vmid=200 memory=4096 cores=4");
        String digest = new LxcConfigTools(lab.client).getLxcConfig(200, null).config().digest();
        ToolResult done = call("update_lxc_resources", Map.of("vmid", 200, "memory", 8192, "cores", 6));
        assertThat(done.text()).contains("memory=8192").contains("cores=6");
        RecordedRequest put = writes().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.body()).contains("memory=8192").contains("cores=6").contains("digest=" + digest);
    }

    @Test
    void should_refuse_out_of_range_resources() {
        assertThat(call("update_lxc_resources", Map.of("vmid", 200, "memory", 8)).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(call("update_lxc_resources", Map.of("vmid", 200)).text()).contains("Nothing to change");
    }

    private List<RecordedRequest> writes() {
        return pve.fake().requests().stream().filter(r -> !r.method().equals("GET")).toList();
    }
}
