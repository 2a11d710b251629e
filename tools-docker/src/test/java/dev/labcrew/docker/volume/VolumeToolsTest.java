package dev.labcrew.docker.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VolumeToolsTest {
    @RegisterExtension
    static FakeDockerExtension docker = FakeDockerExtension.withScenario("homelab-incidents");

    private TestLab lab;

    @BeforeEach
    void connect() {
        lab = new TestLab(docker.fake());
    }

    @AfterEach
    void disconnect() {
        lab.close();
    }

    @Test
    void should_list_unused_volumes_first_with_sizes_and_users() {
        VolumeReport report = new VolumeTools(lab.hosts).checkDockerVolumes(null, null);
        assertThat(report.volumes()).hasSize(7);
        assertThat(report.volumes().subList(0, 2)).extracting(VolumeRow::name).containsExactly("old_mariadb_data", "portainer_data");
        assertThat(report.volumes()).filteredOn(v -> v.name().equals("pgdata")).singleElement()
            .satisfies(v -> assertThat(v.usedBy()).containsExactly("postgres"));
        assertThat(report.unusedSize()).isGreaterThan(2L << 30);
        assertThat(report.toText()).contains("2 unused by any container (2.3 GiB)").contains("check before 'docker volume rm NAME'");
    }

    @Test
    void should_still_list_volumes_when_the_disk_usage_fails() {
        docker.fake().faults().error("GET", "/system/df", 500, "a disk usage operation is already running");
        VolumeReport report = new VolumeTools(lab.hosts).checkDockerVolumes(true, null);
        assertThat(report.volumes()).hasSize(2).allMatch(v -> v.size() == -1);
        assertThat(report.toText()).contains("sizes unknown").contains("already running");
    }
}
