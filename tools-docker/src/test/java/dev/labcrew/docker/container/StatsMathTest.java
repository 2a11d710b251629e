package dev.labcrew.docker.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The arithmetic of docker stats, on answers shaped like the engine's. */
class StatsMathTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void should_compute_cpu_percent_from_the_two_samples_as_docker_stats_does() throws Exception {
        // 0.5 s of CPU time while the host's 4 CPUs ran 4 s: 12.5% of the host, 50% of one CPU
        JsonNode stats = json("{'cpu_stats':{'cpu_usage':{'total_usage':1500000000},'system_cpu_usage':104000000000,'online_cpus':4},"
            + "'precpu_stats':{'cpu_usage':{'total_usage':1000000000},'system_cpu_usage':100000000000}}");
        assertThat(StatsMath.cpuPercent(stats)).isCloseTo(50.0, within(0.001));
    }

    @Test
    void should_count_cpus_from_percpu_usage_when_online_cpus_is_missing() throws Exception {
        JsonNode stats = json("{'cpu_stats':{'cpu_usage':{'total_usage':2000000000,'percpu_usage':[1,1]},'system_cpu_usage':102000000000},"
            + "'precpu_stats':{'cpu_usage':{'total_usage':1000000000},'system_cpu_usage':100000000000}}");
        assertThat(StatsMath.onlineCpus(stats)).isEqualTo(2);
        assertThat(StatsMath.cpuPercent(stats)).isCloseTo(100.0, within(0.001));
    }

    @Test
    void should_not_invent_cpu_from_a_one_shot_answer_without_a_previous_sample() throws Exception {
        JsonNode stats = json("{'cpu_stats':{'cpu_usage':{'total_usage':1500000000},'system_cpu_usage':104000000000,'online_cpus':4},"
            + "'precpu_stats':{'cpu_usage':{'total_usage':0}}}");
        assertThat(StatsMath.cpuPercent(stats)).isNull();
    }

    @Test
    void should_subtract_inactive_file_on_cgroup_v2_and_total_inactive_file_on_v1() throws Exception {
        JsonNode v2 = json("{'memory_stats':{'usage':300,'limit':1000,'stats':{'inactive_file':100,'file':120}}}");
        JsonNode v1 = json("{'memory_stats':{'usage':300,'limit':1000,'stats':{'total_inactive_file':80,'inactive_file':5,'cache':90}}}");
        assertThat(StatsMath.memoryUsed(v2)).isEqualTo(200);
        assertThat(StatsMath.memoryUsed(v1)).isEqualTo(220);
        assertThat(StatsMath.memoryLimit(v1)).isEqualTo(1000);
    }

    @Test
    void should_sum_network_and_block_io_whatever_the_case_of_the_op() throws Exception {
        JsonNode stats = json("{'networks':{'eth0':{'rx_bytes':10,'tx_bytes':1},'eth1':{'rx_bytes':5,'tx_bytes':2}},"
            + "'blkio_stats':{'io_service_bytes_recursive':[{'op':'Read','value':7},{'op':'write','value':3},{'op':'read','value':1}]}}");
        assertThat(StatsMath.network(stats, "rx")).isEqualTo(15);
        assertThat(StatsMath.network(stats, "tx")).isEqualTo(3);
        assertThat(StatsMath.block(stats, "read")).isEqualTo(8);
        assertThat(StatsMath.block(stats, "write")).isEqualTo(3);
    }
}
