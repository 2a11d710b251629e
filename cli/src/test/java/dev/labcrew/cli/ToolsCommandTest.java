package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolsCommandTest {
    private static final String[] TOOLS = {"list_lxc_containers", "check_lxc_status", "get_lxc_resource_usage",
        "check_lxc_logs", "check_lxc_snapshots", "check_lxc_network", "get_lxc_config", "troubleshoot_lxc_startup",
        "list_vms", "check_vm_status", "get_vm_resource_usage", "get_vm_config", "check_vm_snapshots", "list_nodes",
        "check_node_health", "list_storage", "check_cluster_status", "list_recent_tasks", "check_backups"};

    private static final Map<String, String> CHANGING = Map.ofEntries(Map.entry("start_lxc", "MUTATING"),
        Map.entry("shutdown_lxc", "MUTATING"), Map.entry("restart_lxc", "MUTATING"), Map.entry("stop_lxc", "DESTRUCTIVE"),
        Map.entry("create_lxc_snapshot", "MUTATING"), Map.entry("rollback_lxc_snapshot", "DESTRUCTIVE"),
        Map.entry("delete_lxc_snapshot", "DESTRUCTIVE"), Map.entry("update_lxc_resources", "MUTATING"), Map.entry("resize_lxc_disk", "MUTATING"),
        Map.entry("start_vm", "MUTATING"), Map.entry("shutdown_vm", "MUTATING"), Map.entry("reboot_vm", "MUTATING"),
        Map.entry("stop_vm", "DESTRUCTIVE"), Map.entry("create_vm_snapshot", "MUTATING"), Map.entry("provision_lxc", "DESTRUCTIVE"));

    @Test
    void should_list_every_tool_with_its_risk() throws Exception {
        Cli cli = Cli.run("tools", "list");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains(TOOLS).contains(CHANGING.keySet().toArray(String[]::new));
        Map<String, String> risks = new java.util.HashMap<>();
        for (JsonNode tool : new ObjectMapper().readTree(Cli.run("tools", "list", "--json").out())) {
            risks.put(tool.get("name").asText(), tool.get("risk").asText());
            assertThat(tool.has("parameters")).isTrue(); // empty for a cluster-wide read such as list_nodes
        }
        assertThat(risks).hasSize(TOOLS.length + CHANGING.size() + DockerLab.definitions().size()).containsAllEntriesOf(CHANGING);
        for (String name : TOOLS) {
            assertThat(risks).containsEntry(name, "READ_ONLY");
        }
    }

    @Test
    void should_call_a_tool_on_the_demo_lab() {
        Cli cli = Cli.run("tools", "call", "list_lxc_containers", "--demo");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("ugreen-ai-terminal").contains("Template-Docker");
    }

    @Test
    void should_use_the_demo_lab_and_say_so_when_nothing_is_configured() {
        Cli cli = Cli.run("tools", "call", "check_lxc_status", "vmid=102");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).contains("no Proxmox host configured").contains("demo lab");
    }

    @Test
    void should_trace_exactly_one_request_for_the_whole_cluster_and_never_the_token() {
        Cli cli = Cli.run("tools", "call", "list_lxc_containers", "--demo", "--trace");
        assertThat(cli.err().lines().filter(l -> l.matches("(GET|POST|PUT|DELETE) .*"))).containsExactly(
            cli.err().lines().filter(l -> l.startsWith("GET /api2/json/cluster/resources?type=vm 200 ")).findFirst().orElseThrow());
        assertThat(cli.all()).doesNotContain("PVEAPIToken");
    }

    @Test
    void should_print_the_typed_result_as_json() throws Exception {
        Cli cli = Cli.run("tools", "call", "check_lxc_snapshots", "vmid=200", "--demo", "--json");
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("snapshots")).hasSize(2);
        assertThat(json.has("outcome")).isFalse();
    }

    @Test
    void should_refuse_a_bad_vmid_in_one_line_with_a_hint() {
        Cli cli = Cli.run("tools", "call", "check_lxc_status", "vmid=99", "--demo");
        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("Invalid vmid 99").contains("hint:");
        assertNoStackTrace(cli);
    }

    @Test
    void should_report_an_unknown_vmid_and_an_unknown_tool() {
        assertThat(Cli.run("tools", "call", "check_lxc_status", "vmid=555", "--demo").err()).contains("No guest with VMID 555");
        Cli unknown = Cli.run("tools", "call", "reboot_everything", "--demo");
        assertThat(unknown.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(unknown.err()).contains("Unknown tool 'reboot_everything'").contains("labcrew tools list");
    }

    @Test
    void should_reject_arguments_that_are_not_key_value() {
        Cli cli = Cli.run("tools", "call", "check_lxc_status", "102", "--demo");
        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("not KEY=VALUE").contains("vmid=102");
    }

    @Test
    void should_report_an_unknown_subcommand_as_usage_error() {
        Cli cli = Cli.run("tools", "frob");
        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("frob").contains("--help");
    }

    static void assertNoStackTrace(Cli cli) {
        assertThat(cli.all()).doesNotContain("Exception").doesNotContainPattern("(?m)^\\s+at ");
    }
}
