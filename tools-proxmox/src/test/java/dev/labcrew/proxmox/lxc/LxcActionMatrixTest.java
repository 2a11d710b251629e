package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every LXC action: a lock timeout is retried, a failed task is surfaced with its error line, a no-op is not a failure. */
class LxcActionMatrixTest {
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

    static Stream<Arguments> actions() {
        return Stream.of(
            Arguments.of("start_lxc", Map.of("vmid", 101), true),
            Arguments.of("shutdown_lxc", Map.of("vmid", 101), false),
            Arguments.of("stop_lxc", Map.of("vmid", 101), false),
            Arguments.of("restart_lxc", Map.of("vmid", 101), false),
            Arguments.of("create_lxc_snapshot", Map.of("vmid", 101, "snapname", "matrix"), false),
            Arguments.of("rollback_lxc_snapshot", Map.of("vmid", 200, "snapname", "weekly-2"), false),
            Arguments.of("delete_lxc_snapshot", Map.of("vmid", 200, "snapname", "weekly-2"), false),
            Arguments.of("update_lxc_resources", Map.of("vmid", 101, "memory", 1024), false));
    }

    static Stream<Arguments> noops() {
        return Stream.of(
            Arguments.of("start_lxc", Map.of("vmid", 200), "already running"),
            Arguments.of("shutdown_lxc", Map.of("vmid", 102), "not running"),
            Arguments.of("stop_lxc", Map.of("vmid", 102), "not running"),
            Arguments.of("restart_lxc", Map.of("vmid", 102), "not running"),
            Arguments.of("delete_lxc_snapshot", Map.of("vmid", 200, "snapname", "never-taken"), "nothing to delete"),
            Arguments.of("update_lxc_resources", Map.of("vmid", 200, "cores", 4), "already has"));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void should_retry_a_lock_timeout_and_succeed(String tool, Map<String, Object> args, boolean needsStopped) {
        prepare(args, needsStopped);
        int vmid = (Integer) args.get("vmid");
        pve.fake().faults().lockTimeout(vmid, 1);
        ToolResult result = runtime.call(tool, args);
        assertThat(result.outcome()).as(result.text()).isEqualTo(Outcome.OK);
        assertThat(result.text()).startsWith("DONE " + tool);
    }

    @ParameterizedTest
    @MethodSource("actions")
    void should_surface_a_failed_task_with_its_error_line(String tool, Map<String, Object> args, boolean needsStopped) {
        if (tool.equals("update_lxc_resources")) {
            return; // a synchronous config change: no task to fail
        }
        prepare(args, needsStopped);
        pve.fake().faults().failNextTask((Integer) args.get("vmid"), "matrix failure for " + tool, List.of("matrix log line"));
        ToolResult result = runtime.call(tool, args);
        assertThat(result.errorKind()).as(result.text()).isEqualTo(ErrorKind.TASK_FAILED);
        assertThat(result.text()).contains("matrix failure for " + tool).contains("matrix log line");
    }

    @ParameterizedTest
    @MethodSource("noops")
    void should_report_a_no_op_without_touching_the_guest(String tool, Map<String, Object> args, String why) {
        ToolResult result = runtime.call(tool, args);
        assertThat(result.outcome()).isEqualTo(Outcome.OK);
        assertThat(result.text()).startsWith("NO CHANGE").contains(why);
        assertThat(pve.fake().requests()).extracting(r -> r.method()).containsOnly("GET");
    }

    private void prepare(Map<String, Object> args, boolean needsStopped) {
        if (needsStopped) {
            assertThat(runtime.call("shutdown_lxc", Map.of("vmid", args.get("vmid"))).outcome()).isEqualTo(Outcome.OK);
        }
    }
}
