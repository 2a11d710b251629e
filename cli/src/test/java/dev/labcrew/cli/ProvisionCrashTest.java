package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobState;
import dev.labcrew.core.job.JobStep;
import dev.labcrew.core.job.StepPhase;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.labcrew.testkit.proxmox.Hold;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.lxc.LxcConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The provisioning job in a real child process, killed ({@code Process.destroyForcibly}: SIGKILL) at a point the simulator
 * holds, once after each step in turn, then finished by {@code labcrew jobs resume}: the same end state, and every write
 * the simulator accepted counted to prove that no step ran twice.
 */
class ProvisionCrashTest {
    private static final String GOLDEN = "local:backup/vzdump-lxc-9100-2026_06_09-20_41_10.tar.zst";
    private static final String CT = "/nodes/pve2/lxc/124";

    @RegisterExtension
    FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents").configure(b -> b.taskDuration(Duration.ofMillis(20)));

    @TempDir
    Path home;

    @ParameterizedTest(name = "killed after {0}")
    @CsvSource({
        // after,              held request, the matching ones let through first (identity, mounts and resources share a
        // path; mounts meets the config lock once after the resize, seed 004 F4), steps done at the kill
        "restore task started, GET,  /tasks/UPID:pve2:[^/]*:vzrestore:124:.*/status$, 0, 0",
        "restore,              PUT,  ^" + CT + "/config$,                             0, 1",
        "identity,             PUT,  ^" + CT + "/resize$,                             0, 2",
        "resize,               PUT,  ^" + CT + "/config$,                             1, 3",
        "mounts,               PUT,  ^" + CT + "/config$,                             3, 4",
        "resources,            POST, ^" + CT + "/status/start$,                       0, 5",
        "start,                GET,  ^/nodes/pve1/lxc/101/config$,                    0, 6"})
    void should_finish_a_killed_job_on_resume_without_doing_a_step_twice(String after, String method, String path, int passing,
            int done) throws Exception {
        Map<String, String> env = env();
        Hold hold = pve.fake().faults().hold(method, path, passing);
        Path log = home.resolve("child.log");
        ProcessBuilder child = new ProcessBuilder(LabcrewJvm.command("tools", "call", "provision_lxc", "archive=" + GOLDEN,
            "hostname=web1", "vmid=124", "rootfs_gib=12", "mounts=local-lvm:2:/srv/data", "memory=1024", "tags=web",
            "--approve", "policy", "--policy", env.get("POLICY")))
            .redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().putAll(env);
        Process process = child.start();
        try {
            assertThat(hold.awaitReached(Duration.ofMinutes(2))).as("the job reached the held request; log:\n%s", read(log)).isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor();
            hold.release();
        }

        String id;
        try (StateStore store = store(env)) {
            Job job = store.jobs().list().get(0);
            id = job.id();
            assertThat(job.state()).isEqualTo(JobState.RUNNING);
            assertThat(store.jobs().steps(id)).filteredOn(s -> s.phase() == StepPhase.DONE).hasSize(done);
        }
        Cli resumed = Cli.run(env, "jobs", "resume", id);

        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        assertThat(resumed.out()).contains("SUCCEEDED", "STILL TO DO by a human");
        try (ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.builder().url(pve.fake().baseUrl())
                .tokenId(pve.fake().tokenId()).tokenSecret(pve.fake().tokenSecret()).caPem(pve.fake().certificatePem()).build())) {
            LxcConfig config = client.lxc().config("pve2", 124);
            assertThat(config.hostname()).isEqualTo("web1");
            assertThat(config.memory()).isEqualTo(1024);
            assertThat(config.tags()).containsExactly("web");
            assertThat(config.get("net0")).contains("hwaddr=BC:24:11:").doesNotContain("63:43:F4");
            assertThat(config.rootfs()).endsWith("size=12G");
            assertThat(config.get("mp0")).contains("mp=/srv/data");
            assertThat(client.lxc().status("pve2", 124).running()).isTrue();
        }
        try (StateStore store = store(env)) {
            Map<String, Long> doneLines = store.jobs().steps(id).stream().filter(s -> s.phase() == StepPhase.DONE)
                .collect(Collectors.groupingBy(JobStep::step, Collectors.counting()));
            assertThat(doneLines).containsOnlyKeys("restore", "identity", "resize", "mounts", "resources", "start", "verify")
                .allSatisfy((step, count) -> assertThat(count).as(step).isEqualTo(1));
            assertThat(store.jobs().find(id).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(store.auditTrail()).filteredOn(r -> r.event().actionId().equals(id)).extracting(r -> r.event().type())
                .contains(AuditEventType.PROPOSED, AuditEventType.DECIDED, AuditEventType.STARTED, AuditEventType.STEP)
                .endsWith(AuditEventType.FINISHED);
        }
        assertThat(acceptedWrites()).containsExactlyInAnyOrderEntriesOf(Map.of(
            "POST /nodes/pve2/lxc", 1L, "PUT " + CT + "/config", 3L, "PUT " + CT + "/resize", 1L, "POST " + CT + "/status/start", 1L));
        assertThat(Cli.run(env, "audit", "verify").exitCode()).isZero();
    }

    @Test
    void should_abort_a_killed_job_by_destroying_the_guest_it_made_and_nothing_else() throws Exception {
        Map<String, String> env = env();
        Hold hold = pve.fake().faults().hold("GET", "^/nodes/pve1/lxc/101/config$", 0); // in verify: the guest runs
        ProcessBuilder child = new ProcessBuilder(LabcrewJvm.command("tools", "call", "provision_lxc", "archive=" + GOLDEN,
            "hostname=web1", "vmid=124", "rootfs_gib=12", "--approve", "policy", "--policy", env.get("POLICY")))
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        child.environment().putAll(env);
        Process process = child.start();
        try {
            assertThat(hold.awaitReached(Duration.ofMinutes(2))).isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor();
            hold.release();
        }
        String id;
        try (StateStore store = store(env)) {
            id = store.jobs().list().get(0).id();
        }

        Cli aborted = Cli.run(env, "jobs", "abort", id);

        assertThat(aborted.exitCode()).as(aborted.all()).isZero();
        assertThat(aborted.out()).contains("ABORTED", "(made by this job) stopped and destroyed");
        assertThat(acceptedWrites()).containsEntry("DELETE " + CT, 1L).containsEntry("POST " + CT + "/status/stop", 1L);
        assertThat(pve.fake().requests()).noneMatch(r -> !r.method().equals("GET") && !r.apiPath().startsWith(CT)
            && !r.apiPath().equals("/nodes/pve2/lxc"));
        assertThat(Cli.run(env, "jobs", "resume", id).err()).contains("is ABORTED: nothing to resume");
        assertThat(Cli.run(env, "audit", "verify").exitCode()).isZero();
    }

    /** Every write the simulator applied (2xx), by method and path. */
    private Map<String, Long> acceptedWrites() {
        return pve.fake().requests().stream().filter(r -> !r.method().equals("GET") && r.status() / 100 == 2)
            .collect(Collectors.groupingBy(r -> r.method() + " " + r.apiPath(), Collectors.counting()));
    }

    private Map<String, String> env() throws Exception {
        Path policy = home.resolve("policy.yaml");
        Files.writeString(policy, "rules:\n  - name: provision\n    tools: [provision_lxc]\n    decision: approve\ndefault: deny\n");
        Path ca = pve.fake().writeCaFile(home.resolve("ca.pem"));
        return Map.of("PROXMOX_URL", pve.fake().baseUrl(), "PROXMOX_TOKEN_ID", pve.fake().tokenId(), "PROXMOX_TOKEN_SECRET",
            pve.fake().tokenSecret(), "PROXMOX_CA_FILE", ca.toString(), "XDG_STATE_HOME", home.resolve("state").toString(),
            "XDG_CONFIG_HOME", home.resolve("config").toString(), "LABCREW_MODEL", "none", "POLICY", policy.toString(),
            "LABCREW_CDS", "off");
    }

    private static StateStore store(Map<String, String> env) {
        StateDirs dirs = StateDirs.of(env);
        return StateStore.sqlite(dirs.database(), dirs.auditKey());
    }

    private static String read(Path log) throws Exception {
        return new File(log.toString()).exists() ? Files.readString(log) : "";
    }

}
