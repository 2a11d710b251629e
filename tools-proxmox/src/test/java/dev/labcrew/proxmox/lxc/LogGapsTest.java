package dev.labcrew.proxmox.lxc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Task logs the token cannot read are one gap, naming the tasks once each, never a line per task repeating its id. */
class LogGapsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabFixture lab;

    @BeforeEach
    void connect() {
        lab = new LabFixture(pve.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 500})
    void should_say_once_which_task_logs_were_not_read(int status) {
        pve.fake().faults().failPath("/tasks/[^/]+/log$", status);

        ToolResult result = lab.call("check_lxc_logs", Map.of("vmid", 102));

        List<String> gaps = result.text().lines().filter(l -> l.startsWith("GAP ")).toList();
        assertThat(gaps).singleElement().asString().startsWith("GAP logs of 3 tasks vzstart ")
            .contains(", vzshutdown ").doesNotContain("UPID:pve1");
    }
}
