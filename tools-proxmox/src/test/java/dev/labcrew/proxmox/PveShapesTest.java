package dev.labcrew.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.backup.BackupApi;
import dev.labcrew.proxmox.backup.BackupJob;
import dev.labcrew.proxmox.backup.BackupVolume;
import dev.labcrew.proxmox.cluster.ClusterStatus;
import dev.labcrew.proxmox.cluster.ClusterTools;
import dev.labcrew.proxmox.node.NodeList;
import dev.labcrew.proxmox.node.NodeTools;
import dev.labcrew.proxmox.storage.StorageApi;
import dev.labcrew.proxmox.storage.StorageRow;
import dev.labcrew.proxmox.vm.QemuApi;
import dev.labcrew.proxmox.vm.VmConfig;
import dev.labcrew.proxmox.vm.VmSnapshot;
import dev.labcrew.proxmox.vm.VmStatus;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Response bodies in the shapes PVE 7, 8 and 9 send, written from the API schema: numbers as strings, absent
 * optional fields, templates, PBS backups with a fingerprint for {@code encrypted}, storages without {@code enabled}.
 */
class PveShapesTest {
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

    private void answer(String fixture) {
        server.enqueue(PveMock.fixture("shapes/" + fixture));
    }

    @Test
    void should_read_vm_status_of_pve7_with_strings_and_without_agent_or_machine() {
        answer("qemu-status-pve7.json");
        VmStatus s = new QemuApi(client).status("pve1", 100);
        assertThat(s.vmid()).isEqualTo(100);
        assertThat(s.cpus()).isEqualTo(2.0);
        assertThat(s.cpu()).isEqualTo(0.0123);
        assertThat(s.maxdisk()).isEqualTo(34_359_738_368L);
        assertThat(s.agent()).isFalse();
        assertThat(s.runningMachine()).isNull();
        assertThat(s.template()).isFalse();
    }

    @Test
    void should_read_vm_status_of_pve9_with_agent_machine_and_unknown_fields() {
        answer("qemu-status-pve9.json");
        VmStatus s = new QemuApi(client).status("pve1", 100);
        assertThat(s.agent()).isTrue();
        assertThat(s.runningMachine()).isEqualTo("pc-q35-9.2+pve1");
        assertThat(s.tags()).isEqualTo("home;iot");
    }

    @Test
    void should_read_a_template_as_a_template() {
        answer("qemu-template-status-pve8.json");
        VmStatus s = new QemuApi(client).status("pve2", 9000);
        assertThat(s.template()).isTrue();
        assertThat(s.running()).isFalse();
    }

    @Test
    void should_read_a_vm_config_with_property_strings_and_memory_as_a_string() {
        answer("qemu-config-pve8.json");
        VmConfig c = new QemuApi(client).config("pve1", 120);
        assertThat(c.memoryMb()).isEqualTo(8192);
        assertThat(c.cores()).isEqualTo(8);
        assertThat(c.agentEnabled()).isTrue();
        assertThat(c.disks()).containsOnlyKeys("efidisk0", "scsi0", "tpmstate0");
        assertThat(c.passthrough()).containsOnlyKeys("hostpci0");
        assertThat(c.digest()).startsWith("6f7c");
        assertThat(c.values()).doesNotContainKey("digest");
    }

    @Test
    void should_read_snapshots_with_string_times_and_ram_state_current_last() {
        answer("qemu-snapshot-pve7.json");
        List<VmSnapshot> snapshots = new QemuApi(client).snapshots("pve1", 100);
        assertThat(snapshots).extracting(VmSnapshot::name).containsExactly("base", "pre-upgrade", "current");
        assertThat(snapshots.get(1).vmstate()).isTrue();
        assertThat(snapshots.get(1).snaptime()).isEqualTo(1_700_000_000L);
        assertThat(snapshots.get(0).vmstate()).isFalse();
    }

    @Test
    void should_read_nodes_of_pve7_with_an_offline_node_without_counters() {
        answer("nodes-pve7.json");
        answer("node-status-pve8.json");
        NodeList list = new NodeTools(client).listNodes();
        assertThat(list.nodes()).extracting(n -> n.node()).containsExactly("pve1", "pve2");
        assertThat(list.nodes().get(0).cpu()).isEqualTo(0.0213);
        assertThat(list.nodes().get(1).maxmem()).isZero();
        assertThat(list.statuses().get(0).loadavg()).containsExactly(0.42, 0.38, 0.30);
        assertThat(list.statuses().get(0).pveversion()).isEqualTo("pve-manager/8.3.2/3e76eec21c4a14a7");
        assertThat(list.statuses().get(1)).isNull();
        assertThat(list.toText()).contains("PVE 8.3.2").contains("offline");
    }

    @Test
    void should_read_storages_without_enabled_and_inactive_ones_without_usage() {
        answer("storage-pve7.json");
        List<StorageRow> rows = new StorageApi(client).list("pve1");
        assertThat(rows).extracting(StorageRow::storage).containsExactly("local", "nas");
        assertThat(rows.get(0).isEnabled()).isTrue();
        assertThat(rows.get(0).total()).isEqualTo(100_861_726_720L);
        assertThat(rows.get(0).percent()).isEqualTo(95);
        assertThat(rows.get(1).active()).isFalse();
        assertThat(rows.get(1).percent()).isZero();
        assertThat(rows).allMatch(r -> r.node().equals("pve1"));
    }

    @Test
    void should_read_a_disabled_storage_of_pve9() {
        answer("storage-pve9.json");
        List<StorageRow> rows = new StorageApi(client).list("pve1");
        assertThat(rows.get(0).storage()).isEqualTo("old-usb");
        assertThat(rows.get(0).isEnabled()).isFalse();
        assertThat(rows.get(1).type()).isEqualTo("pbs");
        assertThat(rows.get(1).hasBackups()).isTrue();
    }

    @Test
    void should_read_pbs_backups_with_a_fingerprint_for_encrypted_and_a_verification() {
        answer("backups-pbs-pve9.json");
        List<BackupVolume> vols = new BackupApi(client).content("pve1", "pbs");
        assertThat(vols.get(0).encrypted()).startsWith("8d:2a");
        assertThat(vols.get(0).verification().state()).isEqualTo("ok");
        assertThat(vols.get(0).isProtected()).isTrue();
        assertThat(vols.get(1).verification()).isNull();
        assertThat(vols.get(1).encrypted()).isEqualTo("1");
    }

    @Test
    void should_read_pve7_backups_with_numbers_as_strings() throws Exception {
        answer("backups-dir-pve7.json");
        List<BackupVolume> vols = new BackupApi(client).content("pve1", "local");
        assertThat(vols.get(0).vmid()).isEqualTo(101);
        assertThat(vols.get(0).ctime()).isEqualTo(1_699_927_201L);
        assertThat(vols.get(0).size()).isEqualTo(734_003_200L);
        assertThat(server.takeRequest().getUrl().queryParameter("content")).isEqualTo("backup");
    }

    @Test
    void should_read_backup_jobs_with_all_exclude_and_a_disabled_job() {
        answer("backup-jobs-pve7.json");
        List<BackupJob> jobs = new BackupApi(client).jobs();
        assertThat(jobs.get(0).covers(100)).isTrue();
        assertThat(jobs.get(0).covers(9000)).isFalse();
        assertThat(jobs.get(1).covers(100)).isFalse();
    }

    @Test
    void should_read_a_standalone_node_as_no_cluster() {
        answer("cluster-status-standalone.json");
        server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[{\"id\":\"quorum\",\"type\":\"quorum\",\"quorate\":1}]}").build());
        ClusterStatus s = new ClusterTools(client).checkClusterStatus();
        assertThat(s.name()).isNull();
        assertThat(s.quorate()).isNull();
        assertThat(s.nodes()).singleElement().satisfies(n -> assertThat(n.online()).isTrue());
        assertThat(s.toText()).startsWith("standalone node");
    }
}
