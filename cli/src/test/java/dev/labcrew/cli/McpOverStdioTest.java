package dev.labcrew.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code labcrew mcp --stdio --demo}, spawned by the TypeScript client as a desktop assistant would. */
class McpOverStdioTest extends McpClientContract {
    private static final Path HOME = tempHome("labcrew-mcp-stdio");

    @Override
    JsonNode runClient(Map<String, Object> plan) throws Exception {
        List<String> command = LabcrewJvm.command("mcp", "--stdio", "--demo");
        Map<String, Object> stdio = new HashMap<>(plan);
        stdio.put("transport", "stdio");
        stdio.put("command", command.get(0));
        stdio.put("args", command.subList(1, command.size()));
        stdio.put("env", xdg(HOME));
        return NodeMcpClient.run(stdio);
    }

    @Override
    Path stateHome() {
        return HOME.resolve("state");
    }

    @Test
    void should_queue_a_change_for_a_client_without_elicitation_until_approve_action_approves_it() throws Exception {
        Path home = tempHome("labcrew-mcp-queue");
        List<String> command = LabcrewJvm.command("mcp", "--demo", "--enable-approve-tool");
        Map<String, Object> plan = new HashMap<>();
        plan.put("transport", "stdio");
        plan.put("command", command.get(0));
        plan.put("args", command.subList(1, command.size()));
        plan.put("env", xdg(home));
        plan.put("noElicitation", true);
        plan.put("steps", List.of(step("restart_lxc", Map.of("vmid", 200)),
            step("approve_action", Map.of("approval_id", "$pendingId", "reason", "approved by the human at the keyboard")),
            step("restart_lxc", Map.of("vmid", 200))));
        JsonNode run = NodeMcpClient.run(plan);

        JsonNode pending = run.path("results").get(0).path("result");
        assertThat(pending.path("isError").asBoolean()).isTrue();
        assertThat(pending.path("content").get(0).path("text").asText()).contains("PENDING approval").contains("labcrew approvals approve");
        assertThat(run.path("results").get(1).path("result").path("content").get(0).path("text").asText()).contains("Approved");
        assertThat(run.path("results").get(2).path("result").path("content").get(0).path("text").asText()).contains("DONE restart_lxc");
        assertThat(run.path("elicitations")).isEmpty();
        assertThat(run.path("tools").findValuesAsText("name")).contains("approve_action");
    }

    @Test
    void should_write_only_protocol_to_stdout_and_exit_when_stdin_closes() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LabcrewJvm.command("mcp", "--demo")).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(xdg(tempHome("labcrew-mcp-eof")));
        Process server = builder.start();
        CompletableFuture.runAsync(server::destroyForcibly, CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS));
        List<String> lines = new ArrayList<>();
        try {
            OutputStream in = server.getOutputStream();
            in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"0\"}}}\n"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{}}\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = line.contains("\"id\":2") ? null : out.readLine()) {
                lines.add(line);
            }
            in.close();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("exits once stdin is closed").isTrue();
            assertThat(server.exitValue()).isZero();
            out.lines().forEach(lines::add);
        } finally {
            server.destroyForcibly();
        }
        ObjectMapper json = new ObjectMapper();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy(line -> assertThat(json.readTree(line).path("jsonrpc").asText()).isEqualTo("2.0"));
        assertThat(String.join("\n", lines)).contains("list_lxc_containers");
    }

    @Test
    void should_end_with_one_line_and_exit_2_when_its_lab_cannot_open() throws Exception {
        // the lab opens after the server answers; a lab file that is not there still ends the command, with stdin open
        ProcessBuilder builder = new ProcessBuilder(LabcrewJvm.command("mcp", "--scenario", "/nonexistent/lab.json"));
        builder.environment().putAll(xdg(tempHome("labcrew-mcp-badlab")));
        Process server = builder.start();
        CompletableFuture.runAsync(server::destroyForcibly, CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS));
        try {
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("exits without stdin closing").isTrue();
            String err = new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(server.exitValue()).isEqualTo(2);
            assertThat(err).contains("labcrew: no lab '/nonexistent/lab.json'").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        } finally {
            server.destroyForcibly();
        }
    }
}
