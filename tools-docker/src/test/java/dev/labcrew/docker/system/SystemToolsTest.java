package dev.labcrew.docker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.docker.TestLab;
import dev.labcrew.testkit.docker.FakeDockerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SystemToolsTest {
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
    void should_report_engine_disk_usage_and_warnings() {
        SystemHealth health = new SystemTools(lab.hosts).checkDockerSystemHealth(null);
        assertThat(health.engineVersion()).isEqualTo("29.1.3");
        assertThat(health.apiVersion()).isEqualTo("1.52");
        assertThat(health.cgroupVersion()).isEqualTo("2");
        assertThat(health.disk().danglingReclaimable()).isGreaterThan(4L << 30);
        assertThat(health.warnings()).anyMatch(w -> w.contains("restarting (crash loop?): paperless-worker"))
            .anyMatch(w -> w.contains("unhealthy: jellyfin")).anyMatch(w -> w.contains("images no container uses"));
        assertThat(health.toText()).startsWith("Docker 29.1.3 on local (API 1.52 of 1.52): 3 warnings")
            .contains("volumes 44.5 GiB (unused 2.3 GiB)");
    }

    @Test
    void should_read_the_summaries_that_replace_the_arrays_in_newer_engines() throws Exception {
        var df = new ObjectMapper().readTree("{\"ImagesDiskUsage\":{\"TotalSize\":900,\"Reclaimable\":100},"
            + "\"ContainersDiskUsage\":{\"TotalSize\":50},\"VolumesDiskUsage\":{\"TotalSize\":70,\"Reclaimable\":20},"
            + "\"BuildCacheDiskUsage\":{\"TotalSize\":30,\"Reclaimable\":30}}");
        assertThat(DiskUsageReader.read(df)).isEqualTo(new DiskUsage(900, 100, -1, 50, 70, 20, 30, 30));
    }
}
