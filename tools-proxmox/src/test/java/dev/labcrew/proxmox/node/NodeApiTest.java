package dev.labcrew.proxmox.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxException;
import dev.labcrew.proxmox.PveMock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NodeApiTest {
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

    private HttpUrl url() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS).getUrl();
    }

    @Test
    void should_probe_the_total_then_fetch_the_journal_tail_oldest_first() throws Exception {
        server.enqueue(PveMock.fixture("nodes/syslog/probe.json"));
        server.enqueue(PveMock.fixture("nodes/syslog/tail.json"));

        List<JournalLine> lines = client.nodes().journal("pve1", "pve-container@102", 3);

        HttpUrl probe = url();
        assertThat(probe.encodedPath()).isEqualTo("/api2/json/nodes/pve1/syslog");
        assertThat(probe.queryParameter("service")).isEqualTo("pve-container@102");
        assertThat(probe.queryParameter("start")).isEqualTo("0");
        assertThat(probe.queryParameter("limit")).isEqualTo("1");
        HttpUrl tail = url();
        assertThat(tail.queryParameter("service")).isEqualTo("pve-container@102");
        assertThat(tail.queryParameter("start")).isEqualTo("237");
        assertThat(tail.queryParameter("limit")).isEqualTo("3");
        assertThat(lines).extracting(JournalLine::n).containsExactly(238, 239, 240);
        assertThat(lines.get(2).t()).contains("Failed to start pve-container@102.service");
    }

    @Test
    void should_start_at_zero_when_the_journal_is_shorter_than_asked() throws Exception {
        server.enqueue(PveMock.json("{\"total\":3,\"data\":[{\"n\":1,\"t\":\"a\"}]}"));
        server.enqueue(PveMock.json("{\"total\":3,\"data\":[{\"n\":1,\"t\":\"a\"},{\"n\":2,\"t\":\"b\"},{\"n\":3,\"t\":\"c\"}]}"));

        List<JournalLine> lines = client.nodes().journal("pve1", null, 50);

        assertThat(url().queryParameter("service")).isNull();
        HttpUrl tail = url();
        assertThat(tail.queryParameter("start")).isEqualTo("0");
        assertThat(tail.queryParameter("limit")).isEqualTo("50");
        assertThat(lines).extracting(JournalLine::t).containsExactly("a", "b", "c");
    }

    @Test
    void should_return_no_lines_for_an_empty_journal_in_one_request() {
        server.enqueue(PveMock.fixture("nodes/syslog/empty.json"));

        assertThat(client.nodes().journal("pve1", "pve-container@999", 20)).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void should_page_forward_when_the_server_sends_no_total() {
        server.enqueue(PveMock.json("{\"data\":[{\"n\":1,\"t\":\"a\"}]}"));
        server.enqueue(PveMock.json("{\"data\":[{\"n\":2,\"t\":\"b\"},{\"n\":3,\"t\":\"c\"}]}"));
        server.enqueue(PveMock.json("{\"data\":[{\"n\":4,\"t\":\"d\"}]}"));

        assertThat(client.nodes().journal("pve1", "x", 2)).extracting(JournalLine::t).containsExactly("c", "d");
    }

    @Test
    void should_name_sys_syslog_when_the_token_lacks_it() {
        server.enqueue(PveMock.error(403, "Permission check failed (/nodes/pve1, Sys.Syslog)", "{\"data\":null}"));

        ProxmoxException e = catchThrowableOfType(ProxmoxException.class,
                () -> client.nodes().journal("pve1", "pve-container@102", 50));

        assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(e.getMessage()).contains("Sys.Syslog");
    }

    @Test
    void should_list_node_names_sorted() throws Exception {
        server.enqueue(PveMock.fixture("nodes/list.json"));

        assertThat(client.nodes().names()).containsExactly("pve1", "pve2");
        assertThat(url().encodedPath()).isEqualTo("/api2/json/nodes");
    }
}
