package dev.labcrew.proxmox.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveMock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskApiTest {
    static final String UPID = "UPID:pve1:00002B3C:1598E4A4:6661B000:vzstart:102:root@pam!labcrew:";

    private final MockWebServer server = new MockWebServer();
    private ProxmoxClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = PveMock.client(server);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void should_list_tasks_of_a_guest_newest_first() throws Exception {
        server.enqueue(PveMock.fixture("nodes/tasks/list.json"));

        List<TaskSummary> tasks = client.tasks().list("pve1", 102, "vzstart", 10);

        assertThat(taken().getTarget())
                .isEqualTo("/api2/json/nodes/pve1/tasks?limit=10&source=all&typefilter=vzstart&vmid=102");
        assertThat(tasks).extracting(TaskSummary::starttime).containsExactly(1717678096L, 1717674000L, 1717669888L);
        TaskSummary running = tasks.get(0);
        assertThat(running.running()).isTrue();
        assertThat(running.failed()).isFalse();
        assertThat(running.endtime()).isNull();
        assertThat(tasks.get(1).failed()).isTrue();
        assertThat(tasks.get(1).status()).isEqualTo("startup for container '102' failed");
        assertThat(tasks.get(2).failed()).isFalse();
    }

    @Test
    void should_leave_out_optional_filters() throws Exception {
        server.enqueue(PveMock.json("{\"data\":[]}"));

        assertThat(client.tasks().list("pve1", null, null, 50)).isEmpty();
        assertThat(taken().getTarget()).isEqualTo("/api2/json/nodes/pve1/tasks?limit=50&source=all");
    }

    @Test
    void should_ask_the_node_named_in_the_upid_for_the_status() throws Exception {
        server.enqueue(PveMock.fixture("nodes/tasks/status-warnings.json"));

        TaskStatus status = client.tasks().status("UPID:pve2:00002B3C:1598E4A4:6661B000:vzstart:102:root@pam!labcrew:");

        assertThat(taken().getUrl().encodedPath()).isEqualTo(
                "/api2/json/nodes/pve2/tasks/UPID:pve2:00002B3C:1598E4A4:6661B000:vzstart:102:root@pam!labcrew:/status");
        assertThat(status.running()).isFalse();
        assertThat(status.succeeded()).isTrue();
        assertThat(status.user()).isEqualTo("root@pam");
    }

    @Test
    void should_read_a_log_window() throws Exception {
        server.enqueue(PveMock.fixture("nodes/tasks/log-warnings.json"));

        List<TaskLogLine> lines = client.tasks().log(UPID, 0, 50);

        assertThat(taken().getUrl().query()).isEqualTo("limit=50&start=0");
        assertThat(lines).hasSize(3).last().isEqualTo(new TaskLogLine(3, "TASK WARNINGS: 1"));
    }

    @Test
    void should_read_a_short_log_tail_in_one_request() {
        server.enqueue(PveMock.fixture("nodes/tasks/log-warnings.json"));

        List<TaskLogLine> tail = client.tasks().tail(UPID, 2);

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(tail).extracting(TaskLogLine::n).containsExactly(2, 3);
    }

    @Test
    void should_read_the_tail_of_a_long_log_from_total_minus_n() throws Exception {
        server.enqueue(PveMock.fixture("nodes/tasks/log-failed-head.json"));
        server.enqueue(PveMock.fixture("nodes/tasks/log-failed-tail.json"));

        List<TaskLogLine> tail = client.tasks().tail(UPID, 3);

        assertThat(taken().getUrl().query()).isEqualTo("limit=3&start=0");
        assertThat(taken().getUrl().query()).isEqualTo("limit=3&start=3");
        assertThat(tail).extracting(TaskLogLine::t).last().isEqualTo("TASK ERROR: startup for container '102' failed");
        assertThat(tail).extracting(TaskLogLine::n).containsExactly(4, 5, 6);
    }

    @Test
    void should_return_no_lines_for_an_empty_log() {
        server.enqueue(PveMock.fixture("nodes/tasks/log-empty.json"));

        assertThat(client.tasks().tail(UPID, 20)).isEmpty();
    }
}
