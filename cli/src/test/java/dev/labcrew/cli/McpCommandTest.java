package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.proxmox.ProxmoxToolset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code labcrew mcp} options that fail before anything is served, and the toolset selection. */
class McpCommandTest {
    private final List<ToolDefinition> tools = ProxmoxToolset.definitions();

    @Test
    void should_refuse_to_listen_on_all_interfaces_without_a_token() {
        Cli cli = Cli.run("mcp", "--http", "0.0.0.0:8765", "--demo");
        assertThat(cli.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(cli.err()).contains("labcrew: Refusing to serve MCP on 0.0.0.0:8765 without a bearer token")
            .contains("hint: set LABCREW_MCP_TOKEN (or --token), or listen on loopback: --http 127.0.0.1:8765");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void should_reject_stdio_and_http_together_and_a_bad_address() {
        assertThat(Cli.run("mcp", "--stdio", "--http", "127.0.0.1:1").exitCode()).isEqualTo(Labcrew.USAGE);
        Cli noPort = Cli.run("mcp", "--http", "127.0.0.1");
        assertThat(noPort.exitCode()).isEqualTo(Labcrew.USAGE);
        assertThat(noPort.err()).contains("--http needs HOST:PORT");
    }

    @Test
    void should_accept_loopback_addresses_without_a_token_and_anything_with_one() {
        assertThat(McpHttpAddress.parse("127.0.0.1:8765", null).loopback()).isTrue();
        assertThat(McpHttpAddress.parse("[::1]:0", null).urlHost()).isEqualTo("[::1]");
        assertThat(McpHttpAddress.parse("localhost:8765", null).port()).isEqualTo(8765);
        McpHttpAddress open = McpHttpAddress.parse("0.0.0.0:8765", "s3cret");
        assertThat(open.wildcard()).isTrue();
        assertThat(open.loopback()).isFalse();
        assertThatThrownBy(() -> McpHttpAddress.parse("127.0.0.1:99999", null)).isInstanceOf(LabcrewException.class);
    }

    @Test
    void should_serve_every_tool_by_default_and_a_toolset_when_asked() {
        assertThat(tools.stream().filter(McpToolSets.select(List.of(), tools))).hasSameSizeAs(tools);
        assertThat(names(List.of("lxc"))).hasSize((int) tools.stream().filter(t -> t.name().contains("lxc")).count())
            .allMatch(n -> n.contains("lxc"));
        assertThat(names(List.of("vm"))).contains("list_vms", "check_vm_status", "stop_vm", "create_vm_snapshot")
            .noneMatch(n -> n.contains("lxc"));
        assertThat(names(List.of("lxc", "vm", "lab"))).hasSameSizeAs(tools);
        assertThat(names(List.of("docker", "check_lxc_status"))).containsExactly("check_lxc_status");
    }

    @Test
    void should_narrow_toolsets_to_read_only_and_always_add_named_tools() {
        List<String> readOnly = names(List.of("read-only"));
        assertThat(readOnly).contains("list_lxc_containers", "troubleshoot_lxc_startup").doesNotContain("stop_lxc", "start_lxc");
        assertThat(names(List.of("lxc", "read-only", "restart_lxc"))).containsAll(readOnly.stream().filter(n -> n.contains("lxc")).toList())
            .contains("restart_lxc").doesNotContain("list_vms")
            .doesNotContain("stop_lxc");
    }

    @Test
    void should_reject_an_unknown_toolset_or_an_empty_selection() {
        assertThatThrownBy(() -> McpToolSets.select(List.of("lxc", "kubernetes"), tools))
            .hasMessageContaining("'kubernetes' is neither a toolset (lxc, vm, lab, docker, read-only, all) nor a tool of this lab");
        assertThatThrownBy(() -> McpToolSets.select(List.of("docker"), tools)).hasMessageContaining("selects no tool");
    }

    private List<String> names(List<String> choices) {
        return tools.stream().filter(McpToolSets.select(choices, tools)).map(ToolDefinition::name).toList();
    }
}
