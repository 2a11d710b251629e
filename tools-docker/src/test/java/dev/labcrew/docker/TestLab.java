package dev.labcrew.docker;

import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.testkit.docker.FakeDocker;
import dev.labcrew.testkit.docker.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A client, the engines and tool runtimes on a running FakeDocker, with instant waits for tests. */
public final class TestLab implements AutoCloseable {
    /** Waits that never sleep and give up after 200 ms. */
    public static final WaitPolicy INSTANT = WaitPolicy.of(Duration.ofMillis(1), Duration.ofMillis(200), d -> { });

    public final FakeDocker fake;
    public final DockerClient client;
    public final DockerHosts hosts;

    public TestLab(FakeDocker fake) {
        this.fake = fake;
        this.client = DockerClient.create(DockerConfig.builder().host(fake.host()).readTimeout(Duration.ofSeconds(5)).build());
        this.hosts = DockerHosts.of(client);
    }

    /** A runtime with no gate: every change is denied. */
    public ToolRuntime runtime() {
        return DockerToolset.runtime(hosts).build();
    }

    /** A runtime whose gate approves everything, recording into {@code store} (null: a temporary one). */
    public ToolRuntime approving(StateStore store) {
        ToolRuntime.Builder builder = DockerToolset.register(ToolRuntime.builder().catalog(DockerToolset.catalog(hosts)), hosts, INSTANT)
            .gate(p -> Decision.approved(p, "tester", "approved by the test", ApprovalIds.next("test"), Instant.now().plusSeconds(900)));
        return (store == null ? builder : builder.store(store)).build();
    }

    public ToolResult call(String tool, Map<String, ?> args) {
        return runtime().call(tool, args);
    }

    /** Every request that was not a GET. */
    public List<RecordedRequest> writes() {
        return fake.requests().stream().filter(r -> !r.method().equals("GET")).toList();
    }

    @Override
    public void close() {
        hosts.close();
    }
}
