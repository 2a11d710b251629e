package dev.labcrew.proxmox.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.core.Severity;
import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.analysis.Finding;
import dev.labcrew.core.analysis.Sweep;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel-log and cluster-health analyzers on small labs, through the public analyzer list. */
class HostAnalyzersTest {
    private static final String OOM = "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=ns,mems_allowed=0,"
        + "oom_memcg=/lxc/703/ns/system.slice/pulse.service,task_memcg=/lxc/703/ns/system.slice/pulse.service,task=pulse,"
        + "pid=%d,uid=100999";
    private static final String LAB = """
        {"nodes": [{"name": "pve1", "ip": "10.0.0.1", "maxcpu": 4, "maxmem": 8589934592},
                   {"name": "pve2", "ip": "10.0.0.2", "maxcpu": 4, "maxmem": 8589934592}],
         "quorate": false, "faults": {"offlineNodes": ["pve2"]},
         "storages": [{"storage": "local-lvm", "type": "lvmthin", "content": "rootdir", "disk": 88, "maxdisk": 100},
                      {"storage": "nas", "type": "nfs", "content": "backup", "shared": true, "active": false}],
         "guests": [{"vmid": 703, "node": "pve1", "status": "running",
                     "config": {"hostname": "pulse", "memory": 512, "rootfs": "local-lvm:vm-703-disk-0,size=8G"}}],
         "journal": [{"node": "pve1", "ident": "kernel", "unit": "", "age": "PT50M", "message": "%s"},
                     {"node": "pve1", "ident": "kernel", "unit": "", "age": "PT20M", "message": "%s"}]}
        """.formatted(OOM.formatted(4101), OOM.formatted(4102));

    @Test
    void should_map_memcg_oom_kills_to_the_container_with_count_last_time_and_a_memory_proposal() {
        List<Finding> findings = run("kernel-log");

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("oom-killed");
            assertThat(f.target()).isEqualTo("ct/703@pve1");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).contains("pulse 2 time(s)").contains("last at ");
            assertThat(f.evidence()).singleElement().asString().contains("pid=4102");
            assertThat(f.action().tool()).isEqualTo("update_lxc_resources");
            assertThat(f.action().arguments()).containsEntry("memory", 768).containsEntry("vmid", 703);
        });
    }

    @Test
    void should_report_lost_quorum_offline_nodes_and_inactive_or_filling_storage() {
        List<Finding> findings = run("cluster-health");

        assertThat(findings).extracting(Finding::id, Finding::target).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("quorum-lost", "cluster/cluster"),
            org.assertj.core.groups.Tuple.tuple("node-offline", "node/pve2"),
            org.assertj.core.groups.Tuple.tuple("storage-full", "storage/local-lvm@pve1"),
            org.assertj.core.groups.Tuple.tuple("storage-inactive", "storage/nas@pve1"));
        assertThat(findings).filteredOn(f -> f.id().equals("storage-full")).singleElement()
            .extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    private static List<Finding> run(String analyzerName) {
        Scenario lab = Scenario.fromJson("test", LAB.getBytes(StandardCharsets.UTF_8));
        try (FakeProxmox fake = FakeProxmox.builder().scenario(lab).build().start();
             ProxmoxClient client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
                 .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).build())) {
            Analyzer analyzer = ProxmoxAnalyzers.create(client).stream().filter(a -> a.name().equals(analyzerName))
                .findFirst().orElseThrow();
            return analyzer.analyze(Sweep.quiet());
        }
    }
}
