package dev.labcrew.proxmox.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.LabRuntime;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private LabRuntime lab;

    @BeforeEach
    void connect() {
        lab = new LabRuntime(pve.fake());
    }

    @AfterEach
    void close() {
        lab.close();
    }

    @Test
    void should_list_failed_tasks_first_with_one_request_per_node() {
        TaskList list = (TaskList) lab.call("list_recent_tasks", Map.of()).value();
        assertThat(list.tasks()).isNotEmpty();
        int firstOk = list.tasks().indexOf(list.tasks().stream().filter(t -> !t.failed()).findFirst().orElseThrow());
        assertThat(list.tasks().subList(0, firstOk)).allMatch(TaskSummary::failed).isNotEmpty();
        assertThat(pve.fake().requests()).filteredOn(r -> r.apiPath().matches("/nodes/[^/]+/tasks")).hasSize(2);
    }

    @Test
    void should_filter_by_guest_type_and_since() {
        TaskList byType = (TaskList) lab.call("list_recent_tasks", Map.of("type", "vzdump")).value();
        assertThat(byType.tasks()).isNotEmpty().allMatch(t -> t.type().equals("vzdump"));
        TaskList byGuest = (TaskList) lab.call("list_recent_tasks", Map.of("vmid", 902)).value();
        assertThat(byGuest.tasks()).isNotEmpty().allMatch(t -> "902".equals(t.id()));
        TaskList recent = (TaskList) lab.call("list_recent_tasks", Map.of("since", "1h")).value();
        assertThat(recent.tasks()).allMatch(t -> recent.now() - t.starttime() <= 3600);
        assertThat(lab.call("list_recent_tasks", Map.of("since", "yesterday")).errorKind()).isEqualTo(ErrorKind.BAD_INPUT);
    }

    @ParameterizedTest
    @ValueSource(ints = {403, 501})
    void should_list_the_other_nodes_when_one_cannot_be_read(int status) {
        pve.fake().faults().failPath("^/nodes/pve2/tasks$", status);
        TaskList list = (TaskList) lab.call("list_recent_tasks", Map.of()).value();
        assertThat(list.tasks()).isNotEmpty().allMatch(t -> t.node().equals("pve1"));
        assertThat(list.gaps()).singleElement().satisfies(g -> assertThat(g.what()).isEqualTo("tasks of pve2"));
    }
}
