package dev.labcrew.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.ApprovalIds;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.tool.ToolResult;
import dev.labcrew.core.tool.ToolResult.Outcome;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.docker.DockerException;
import dev.labcrew.docker.DockerToolset;
import dev.labcrew.docker.analysis.CrashLoopAnalyzer;
import dev.labcrew.docker.container.ContainerList;
import dev.labcrew.docker.container.ContainerLogTools;
import dev.labcrew.docker.container.ContainerLogs;
import dev.labcrew.docker.container.ContainerRow;
import dev.labcrew.docker.container.ContainerStatus;
import dev.labcrew.docker.container.ContainerTools;
import dev.labcrew.docker.container.ContainerUsage;
import dev.labcrew.docker.container.KillSource;
import dev.labcrew.docker.container.LogLine;
import dev.labcrew.docker.internal.ApiVersions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The Docker tools on a real engine: containers that log, crash in a loop, get OOM-killed and keep running, all on
 * an image imported from a busybox root file system, with no network. Every change goes through the approval gate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerEngineIT {
    private RealEngine engine;
    private ContainerTools containers;
    private String logs;
    private String crash;
    private String oom;
    private String busy;
    private String stubborn;
    private String victim;
    private boolean memoryLimits;
    private boolean swapLimits;
    @TempDir
    Path stateDir;
    private String skipped;

    @BeforeAll
    void start() throws Exception {
        try {
            engine = RealEngine.connectOrSkip();
        } catch (TestAbortedException e) {
            skipped = e.getMessage();
            System.out.println("SKIPPED DockerEngineIT: " + skipped);
            return;
        }
        engine.ensureBaseImage();
        containers = new ContainerTools(engine.hosts);
        logs = engine.run("logs", "echo out-1; echo 'ERROR: err-1 went wrong' >&2; echo out-2", RealEngine.hostConfig());
        var onFailure = RealEngine.hostConfig();
        onFailure.putObject("RestartPolicy").put("Name", "on-failure").put("MaximumRetryCount", 3);
        crash = engine.run("crash", "echo crashing; exit 3", onFailure);
        oom = engine.run("oom", "x=$(head -c 50000000 /dev/zero | tr '\\0' a)", RealEngine.hostConfig()
            .put("Memory", 8L << 20).put("MemorySwap", 8L << 20));
        JsonNode info = engine.client.get("/info", Map.of());
        memoryLimits = info.path("MemoryLimit").asBoolean(false);
        swapLimits = info.path("SwapLimit").asBoolean(false);
        victim = engine.run("victim", "while true; do sleep 1; done", RealEngine.hostConfig().put("Memory", 64L << 20));
        stubborn = engine.run("stubborn", "trap '' TERM; while true; do sleep 1; done", RealEngine.hostConfig());
        busy = engine.run("busy", "trap 'exit 0' TERM; while true; do i=0; while [ $i -lt 3000 ]; do i=$((i+1)); done; sleep 0.2; done",
            RealEngine.hostConfig());
        engine.await(logs, c -> "exited".equals(c.path("State").path("Status").asText()));
        engine.await(oom, c -> "exited".equals(c.path("State").path("Status").asText()));
        engine.await(crash, c -> c.path("RestartCount").asInt() >= 3 && "exited".equals(c.path("State").path("Status").asText()));
    }

    @BeforeEach
    void engineThere() {
        assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    void cleanUp() {
        if (engine != null) {
            engine.close();
        }
    }

    /** A runtime asking {@code gate}, recording into {@code store} (null: a temporary one). */
    private ToolRuntime runtime(ApprovalGate gate, StateStore store) {
        ToolRuntime.Builder builder = DockerToolset.register(ToolRuntime.builder().catalog(DockerToolset.catalog(engine.hosts)),
            engine.hosts, RealEngine.PATIENT).gate(gate);
        return (store == null ? builder : builder.store(store)).build();
    }

    private static ApprovalGate approving() {
        return p -> Decision.approved(p, "it", "approved by the integration test", ApprovalIds.next("it"), Instant.now().plusSeconds(600));
    }

    private String startedAt(String name) {
        return engine.inspect(name).path("State").path("StartedAt").asText();
    }

    @Test
    @Order(1)
    void should_negotiate_the_engines_api_version() {
        String engineMax = engine.client.version().path("ApiVersion").asText();
        String expected = ApiVersions.compare(engineMax, ApiVersions.NEWEST_KNOWN) < 0 ? engineMax : ApiVersions.NEWEST_KNOWN;
        assertThat(engine.client.apiVersion()).isEqualTo(expected);
    }

    @Test
    @Order(2)
    void should_list_the_test_containers_with_state_and_restarts() {
        ContainerList list = containers.listDockerContainers(null, null);
        assertThat(list.containers()).extracting(ContainerRow::name).contains(logs, crash, oom, busy);
        ContainerRow looped = list.containers().stream().filter(r -> r.name().equals(crash)).findFirst().orElseThrow();
        assertThat(looped.restarts()).isEqualTo(3);
        assertThat(looped.exitCode()).isEqualTo(3);
        assertThat(list.toText()).contains(busy);
    }

    @Test
    @Order(3)
    void should_demultiplex_real_stdout_and_stderr() {
        ContainerLogs result = new ContainerLogTools(engine.hosts).checkContainerLogs(logs, null, null, null);
        assertThat(result.lines()).extracting(LogLine::stream, LogLine::text).contains(
            org.assertj.core.groups.Tuple.tuple("stdout", "out-1"), org.assertj.core.groups.Tuple.tuple("stderr", "ERROR: err-1 went wrong"),
            org.assertj.core.groups.Tuple.tuple("stdout", "out-2"));
        assertThat(result.errors()).extracting(LogLine::text).containsExactly("ERROR: err-1 went wrong");
        assertThat(result.lines()).allMatch(l -> !l.time().isEmpty());
    }

    @Test
    @Order(4)
    void should_compute_cpu_and_memory_from_real_stats() {
        ContainerUsage usage = containers.getContainerResourceUsage(busy, null);
        assertThat(usage.running()).isTrue();
        assertThat(usage.cpuPercent()).as("stream=false fills precpu_stats").isNotNull().isGreaterThanOrEqualTo(0.0);
        assertThat(usage.memoryUsed()).isPositive();
        assertThat(usage.memoryLimit()).isGreaterThan(usage.memoryUsed());
        assertThat(usage.pids()).isPositive();
        assertThat(usage.toText()).contains("cpu ").contains("memory ");
    }

    @Test
    @Order(5)
    void should_see_the_crash_loop_and_the_oom_kill() {
        ContainerStatus looped = containers.checkContainerStatus(crash, null);
        assertThat(looped.restartCount()).isEqualTo(3);
        assertThat(looped.restartPolicy()).isEqualTo("on-failure:3");
        assumeTrue(memoryLimits, "this engine cannot limit memory (docker info: MemoryLimit false), so nothing gets OOM-killed");
        ContainerStatus killed = containers.checkContainerStatus(oom, null);
        assumeTrue(swapLimits || killed.exitCode() == 137,
            "this engine cannot limit swap (docker info: SwapLimit false), and the container swapped instead of being killed");
        assertThat(killed.exitCode()).isEqualTo(137);
        // the engine's OOMKilled flag can miss the kill on cgroup v2 (moby/moby#41929): then its event log shows that
        // nobody sent the SIGKILL through Docker
        assertThat(killed.killedBy()).as(killed.toText()).isIn(KillSource.OOM_KILLER, KillSource.OUTSIDE_DOCKER);
        if (!killed.oomKilled()) {
            System.out.println("DockerEngineIT: the engine missed the OOM kill's flag; its event log named the kill: " + killed.toText());
        }
        assertThat(killed.memoryLimit()).isEqualTo(8L << 20);
        List<Finding> findings;
        try (Sweep sweep = Sweep.quiet()) {
            findings = new CrashLoopAnalyzer(engine.hosts).analyze(sweep);
        }
        assertThat(findings).anyMatch(f -> f.target().equals("docker/" + crash + "@local") && f.title().contains("restarted 3 times"));
        assertThat(findings).anyMatch(f -> f.target().equals("docker/" + oom + "@local") && f.fix().contains("memory limit above 8.0 MiB"));
    }

    @Test
    @Order(5)
    void should_tell_a_docker_stop_that_ended_in_sigkill_from_an_oom_kill() {
        engine.client.post("/containers/" + stubborn + "/stop", Map.of("t", "1"), java.time.Duration.ofSeconds(30));
        ContainerStatus stopped = containers.checkContainerStatus(stubborn, null);
        assertThat(stopped.exitCode()).as("it ignores SIGTERM, so the stop timeout kills it").isEqualTo(137);
        assertThat(stopped.killedBy()).as(stopped.toText()).isEqualTo(KillSource.DOCKER);
        assertThat(stopped.toText()).contains("SIGKILL sent through Docker").doesNotContain("WARNING");
        List<Finding> findings;
        try (Sweep sweep = Sweep.quiet()) {
            findings = new CrashLoopAnalyzer(engine.hosts).analyze(sweep);
        }
        assertThat(findings).noneMatch(f -> f.target().equals("docker/" + stubborn + "@local"));
    }

    @Test
    @Order(5)
    void should_name_a_sigkill_sent_from_the_host_as_outside_docker() {
        long pid = engine.inspect(victim).path("State").path("Pid").asLong();
        ProcessHandle process = ProcessHandle.of(pid).orElse(null);
        assumeTrue(process != null, "the engine's processes are not on this machine (a remote DOCKER_HOST)");
        process.destroyForcibly(); // SIGKILL from the host, as the kernel's OOM killer sends it
        engine.await(victim, c -> "exited".equals(c.path("State").path("Status").asText()));
        ContainerStatus killed = containers.checkContainerStatus(victim, null);
        assertThat(killed.exitCode()).isEqualTo(137);
        assertThat(killed.killedBy()).as(killed.toText()).isEqualTo(KillSource.OUTSIDE_DOCKER);
        assertThat(killed.toText()).contains("WARNING SIGKILL from outside Docker")
            .contains(memoryLimits ? "memory limit of 64.0 MiB" : "no limit is set"); // an engine without limits drops it
        List<Finding> findings;
        try (Sweep sweep = Sweep.quiet()) {
            findings = new CrashLoopAnalyzer(engine.hosts).analyze(sweep);
        }
        assertThat(findings).anyMatch(f -> f.target().equals("docker/" + victim + "@local")
            && f.title().contains("(SIGKILL from outside Docker)") && f.fix().startsWith("Confirm it in the host's kernel log"));
    }

    @Test
    @Order(6)
    void should_restart_only_after_approval_and_record_it() {
        String before = startedAt(busy);
        try (StateStore audit = StateStore.sqlite(stateDir.resolve("approved.db"), stateDir.resolve("audit.key"))) {
            ToolResult result = runtime(approving(), audit).call("restart_container",
                Map.of("container", busy, "timeout", 2, "reason", "integration test"));
            assertThat(result.outcome()).as(result.text()).isEqualTo(Outcome.OK);
            assertThat(result.text()).contains("DONE restart_container on docker/" + busy + "@local: running");
            assertThat(audit.auditTrail()).extracting(r -> r.event().type()).containsExactly(AuditEventType.PROPOSED,
                AuditEventType.DECIDED, AuditEventType.STARTED, AuditEventType.FINISHED);
            assertThat(audit.verifyAudit().intact()).isTrue();
        }
        assertThat(startedAt(busy)).isNotEqualTo(before);
    }

    @Test
    @Order(7)
    void should_change_nothing_when_the_restart_is_denied() {
        String before = startedAt(busy);
        try (StateStore audit = StateStore.sqlite(stateDir.resolve("denied.db"), stateDir.resolve("audit.key"))) {
            ToolResult result = runtime(ApprovalGate.denyAll("not now"), audit).call("restart_container", Map.of("container", busy));
            assertThat(result.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(audit.auditTrail()).extracting(r -> r.event().type()).containsExactly(AuditEventType.PROPOSED, AuditEventType.DECIDED);
        }
        assertThat(startedAt(busy)).isEqualTo(before);
    }

    @Test
    @Order(8)
    void should_stop_and_start_and_know_a_304_means_nothing_changed() {
        ToolRuntime runtime = runtime(approving(), null);
        assertThat(runtime.call("stop_container", Map.of("container", busy, "timeout", 2)).text()).contains("DONE stop_container")
            .contains("stopped");
        assertThat(runtime.call("stop_container", Map.of("container", busy)).text()).startsWith("NO CHANGE");
        assertThat(runtime.call("start_container", Map.of("container", busy)).text()).contains("DONE start_container").contains("running");
        DockerException again = org.assertj.core.api.Assertions.catchThrowableOfType(DockerException.class,
            () -> engine.client.post("/containers/" + busy + "/start", Map.of()));
        assertThat(again.notModified()).isTrue();
    }

    @Test
    @Order(9)
    void should_prune_exactly_the_dangling_images_it_created() {
        String label = RealEngine.LABEL + "=" + engine.run;
        for (int i = 0; i < 3; i++) {
            engine.importImage("labcrew-it/dangling", engine.run, label); // each import takes the tag from the one before
        }
        List<String> mine = engine.imageIds(label);
        JsonNode tagged = engine.client.get("/images/labcrew-it/dangling:" + engine.run + "/json", Map.of());
        List<String> dangling = mine.stream().filter(id -> !id.equals(tagged.path("Id").asText())).toList();
        assertThat(dangling).hasSize(2);

        ToolRuntime runtime = runtime(approving(), null);
        ToolResult preview = runtime.call("prune_docker_images", Map.of("label", label, "dry_run", true));
        assertThat(preview.outcome()).isEqualTo(Outcome.PREVIEW);
        assertThat(preview.text()).contains("2 images, about");
        dangling.forEach(id -> assertThat(preview.text()).contains("remove " + id.substring(7, 19) + " <none>"));
        assertThat(engine.imageIds(label)).hasSize(3);

        ToolResult done = runtime.call("prune_docker_images", Map.of("label", label));
        assertThat(done.text()).as(done.text()).startsWith("DONE prune_docker_images").contains("removed 2 images")
            .contains("verified");
        assertThat(engine.imageIds(label)).containsExactly(tagged.path("Id").asText());
    }
}
