package dev.labcrew.proxmox.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.PveMock;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskWaiterTest {
    private static final String UPID = TaskApiTest.UPID;

    private final MockWebServer server = new MockWebServer();
    private final PveMock.RecordingSleeper sleeper = new PveMock.RecordingSleeper();
    private ProxmoxClient client;
    private TaskWaiter waiter;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = PveMock.client(server);
        waiter = new TaskWaiter(client, Duration.ofMillis(500), Duration.ofSeconds(5), sleeper);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void should_poll_until_the_task_stops_ok() {
        server.enqueue(PveMock.fixture("nodes/tasks/status-running.json"));
        server.enqueue(PveMock.fixture("nodes/tasks/status-running.json"));
        server.enqueue(PveMock.fixture("nodes/tasks/status-ok.json"));
        server.enqueue(PveMock.json("{\"total\":2,\"data\":[{\"n\":1,\"t\":\"starting\"},{\"n\":2,\"t\":\"TASK OK\"}]}"));

        TaskOutcome outcome = waiter.await(UPID);

        assertThat(outcome).isEqualTo(new TaskOutcome(UPID, true, "OK", 0, java.util.List.of("starting", "TASK OK")));
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void should_count_warnings_as_success() {
        server.enqueue(PveMock.fixture("nodes/tasks/status-warnings.json"));
        server.enqueue(PveMock.fixture("nodes/tasks/log-warnings.json"));

        TaskOutcome outcome = waiter.await(UPID);

        assertThat(outcome.success()).isTrue();
        assertThat(outcome.warnings()).isEqualTo(1);
        assertThat(outcome.exitStatus()).isEqualTo("WARNINGS: 1");
        assertThat(outcome.logTail()).first().asString().contains("Systemd 255 detected");
    }

    @Test
    void should_return_the_error_text_and_log_tail_of_a_failed_task_without_throwing() {
        server.enqueue(PveMock.fixture("nodes/tasks/status-error.json"));
        server.enqueue(PveMock.fixture("nodes/tasks/log-vzstart-failed.json"));

        TaskOutcome outcome = waiter.await(UPID);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.exitStatus()).isEqualTo("startup for container '102' failed");
        assertThat(outcome.warnings()).isZero();
        assertThat(outcome.logTail()).hasSize(6).last().isEqualTo("TASK ERROR: startup for container '102' failed");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void should_still_report_the_outcome_when_the_log_cannot_be_read() {
        server.enqueue(PveMock.fixture("nodes/tasks/status-error.json"));
        server.enqueue(PveMock.error(403, "Permission check failed (/nodes/pve1, Sys.Audit)", "{\"data\":null}"));

        TaskOutcome outcome = waiter.await(UPID);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.logTail()).isEmpty();
    }

    @Test
    void should_time_out_when_the_task_keeps_running() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(PveMock.fixture("nodes/tasks/status-running.json"));
        }
        TaskWaiter impatient = new TaskWaiter(client, Duration.ofSeconds(1), Duration.ofSeconds(3), sleeper);

        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> impatient.await(UPID));

        assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(e.getMessage()).contains(UPID);
        assertThat(sleeper.waits).hasSize(3);
    }

    @Test
    void should_reject_a_malformed_upid_before_polling() {
        LabcrewException e = catchThrowableOfType(LabcrewException.class, () -> waiter.await("UPID:nope"));

        assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
        assertThat(server.getRequestCount()).isZero();
    }
}
