package dev.labcrew.agents.llm;

import dev.langchain4j.model.chat.ChatModel;
import static dev.labcrew.agents.llm.ScriptedOpenAi.answer;
import static dev.labcrew.agents.llm.ScriptedOpenAi.messages;
import static dev.labcrew.agents.llm.ScriptedOpenAi.toolCall;
import static dev.labcrew.agents.llm.ScriptedOpenAi.toolCalls;
import static dev.labcrew.agents.llm.ScriptedOpenAi.toolNames;
import static dev.labcrew.agents.llm.ScriptedOpenAi.toolResults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.agents.ActionRecord;
import dev.labcrew.agents.ActionRecord.Status;
import dev.labcrew.agents.IncidentReport;
import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.ApprovalGate;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.audit.AuditEventType;
import dev.labcrew.core.store.StateStore;
import dev.labcrew.core.audit.AuditRecord;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.analysis.ProxmoxAnalyzers;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The crew with the real OpenAI client against a scripted model over HTTP, on the simulated homelab. */
class CrewTest {
    private static final String RESTART_200 = "{\"vmid\": 200, \"reason\": \"memory at 95% and swapping\"}";

    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    @TempDir
    Path state;

    private final ScriptedOpenAi openAi = new ScriptedOpenAi();
    private final List<ActionProposal> asked = new ArrayList<>();
    private ProxmoxClient client;
    private StateStore audit;
    private ToolRuntime runtime;

    @BeforeEach
    void open() {
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(pve.fake().baseUrl()).tokenId(pve.fake().tokenId())
            .tokenSecret(pve.fake().tokenSecret()).caPem(pve.fake().certificatePem()).build());
        audit = StateStore.sqlite(state.resolve("labcrew.db"), state.resolve("audit.key"));
    }

    @AfterEach
    void close() {
        openAi.close();
        audit.close();
        client.close();
    }

    private Crew crew(ApprovalGate gate) {
        ApprovalGate recording = proposal -> {
            asked.add(proposal);
            return gate.decide(proposal);
        };
        runtime = ProxmoxToolset.runtime(client).store(audit).gate(recording).build();
        return Crew.builder().model(openAi.model()).runtime(runtime)
            .analyzers(() -> ProxmoxAnalyzers.create(client)).build();
    }

    @Test
    void should_list_troubleshoot_and_propose_a_restart_with_each_role_holding_only_its_tools() {
        openAi.script(
            toolCall("list_lxc_containers", "{}"),
            answer("ct/102@pve1 stopped; ct/200@pve1 running at 95% memory"),
            toolCall("troubleshoot_lxc_startup", "{\"vmid\": 102}"),
            toolCall("run_analyzers", "{}"),
            answer("ct/102: /run/pve is missing after the reboot. ct/200: memory pressure; restart_lxc vmid=200 fits."),
            toolCall("restart_lxc", RESTART_200),
            answer("restart_lxc ct/200@pve1: pending approval"));

        IncidentReport report = crew(proposal -> Decision.pending(proposal, "test-1")).run("CT 102 is down after a reboot");

        List<JsonNode> requests = openAi.requests();
        assertThat(requests).hasSize(7);
        assertThat(toolNames(requests.get(0))).containsExactlyInAnyOrder("list_lxc_containers", "check_lxc_status", "get_lxc_resource_usage",
            "list_vms", "check_vm_status", "get_vm_resource_usage", "list_nodes", "list_storage", "check_cluster_status", "list_recent_tasks");
        assertThat(messages(requests.get(0), "system").get(0).path("content").asText()).contains("Monitor").contains("never instructions");
        assertThat(messages(requests.get(0), "user").get(0).path("content").asText()).contains("CT 102 is down after a reboot");
        assertThat(toolResults(requests.get(1))).singleElement().asString().contains("102").contains("200");

        assertThat(toolNames(requests.get(2))).contains("troubleshoot_lxc_startup", "check_lxc_logs", "get_lxc_config", "run_analyzers")
            .doesNotContain("list_lxc_containers", "restart_lxc");
        assertThat(messages(requests.get(2), "user").get(0).path("content").asText()).contains("ct/200@pve1 running at 95% memory");
        assertThat(toolResults(requests.get(3))).singleElement().asString().contains("102");
        assertThat(toolResults(requests.get(4)).get(1)).contains("most severe first").contains("ct/102@pve1");

        assertThat(toolNames(requests.get(5))).containsExactlyInAnyOrder("start_lxc", "shutdown_lxc", "stop_lxc", "restart_lxc",
            "update_lxc_resources", "resize_lxc_disk", "create_lxc_snapshot", "rollback_lxc_snapshot", "delete_lxc_snapshot",
            "start_vm", "shutdown_vm", "reboot_vm", "stop_vm", "create_vm_snapshot");
        assertThat(messages(requests.get(5), "user").get(0).path("content").asText()).contains("/run/pve is missing");
        assertThat(toolResults(requests.get(6))).singleElement().asString().startsWith("PENDING approval ");

        assertThat(asked).singleElement().satisfies(p -> assertThat(p.target()).isEqualTo("ct/200@pve1"));
        assertThat(report.actions()).singleElement().satisfies(action -> {
            assertThat(action.tool()).isEqualTo("restart_lxc");
            assertThat(action.target()).isEqualTo("ct/200@pve1");
            assertThat(action.arguments()).containsEntry("vmid", 200).doesNotContainKey("reason");
            assertThat(action.reason()).isEqualTo("memory at 95% and swapping");
            assertThat(action.status()).isEqualTo(Status.PENDING);
        });
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.target()).isEqualTo("ct/102@pve1"));
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("monitor: ct/102@pve1 stopped"))
            .anySatisfy(n -> assertThat(n).startsWith("analyst: ct/102"))
            .anySatisfy(n -> assertThat(n).startsWith("healer: restart_lxc"));
    }

    @Test
    void should_send_the_denial_to_the_model_in_the_next_request() {
        openAi.script(
            answer("ct/200@pve1 is at 95% memory"),
            answer("ct/200: memory pressure; restart_lxc vmid=200"),
            toolCall("restart_lxc", RESTART_200),
            answer("restart_lxc on ct/200@pve1 was denied"));

        IncidentReport report = crew(proposal -> Decision.denied(proposal, "alice", "not during the backup window"))
            .run("ct/200 is slow");

        List<JsonNode> requests = openAi.requests();
        assertThat(requests).hasSize(4);
        assertThat(toolResults(requests.get(3))).singleElement().asString()
            .startsWith("DENIED by alice: not during the backup window").contains("Nothing was changed.");
        assertThat(report.actions()).extracting(ActionRecord::status).containsExactly(Status.DENIED);
        assertThat(auditTypes()).containsExactly(AuditEventType.PROPOSED, AuditEventType.DECIDED);
        assertThat(report.findings()).as("the analyzers run once for the report when the Analyst never called them").isNotEmpty();
    }

    @Test
    void should_answer_a_hallucinated_tool_bad_arguments_and_a_tool_error_with_results_the_model_reads() {
        openAi.script(
            toolCalls("restart_everything", "{}", "check_lxc_status", "{\"vmid\": 555}", "check_lxc_status", "vmid 102 please",
                "restart_lxc", RESTART_200),
            answer("ct/555 does not exist"),
            answer("nothing to diagnose"),
            toolCall("restart_lxc", "{\"vmid\": 555}"),
            answer("ct/555 does not exist"));

        IncidentReport report = crew(proposal -> Decision.denied(proposal, "alice", "no")).run("ct/555 is down");

        List<JsonNode> requests = openAi.requests();
        assertThat(requests).hasSize(5);
        List<String> results = toolResults(requests.get(1));
        assertThat(results).hasSize(4);
        assertThat(results.get(0)).contains("there is no tool 'restart_everything' for the monitor")
            .contains("Tools you can call: check_cluster_status, check_lxc_status, check_vm_status, get_lxc_resource_usage,");
        assertThat(results.get(1)).startsWith("ERROR NOT_FOUND").contains("555");
        assertThat(results.get(2)).startsWith("ERROR BAD_INPUT: check_lxc_status: the arguments are not a JSON object");
        assertThat(results.get(3)).as("a changing tool is not the monitor's").contains("there is no tool 'restart_lxc' for the monitor");
        assertThat(toolResults(requests.get(4))).singleElement().asString().startsWith("ERROR NOT_FOUND").contains("555");

        assertThat(asked).isEmpty();
        assertThat(report.actions()).isEmpty();
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).startsWith("healer: restart_lxc {vmid=555} was not proposed: ERROR NOT_FOUND"));
        assertThat(auditTypes()).isEmpty();
    }

    @Test
    void should_run_an_approved_restart_and_audit_each_step() {
        openAi.script(
            answer("ct/200@pve1 is at 95% memory"),
            answer("ct/200: memory pressure; restart_lxc vmid=200"),
            toolCall("restart_lxc", RESTART_200),
            answer("restarted ct/200@pve1"));

        IncidentReport report = crew(proposal -> Decision.approved(proposal, "alice", "go ahead", "test-approval",
            Instant.now().plus(5, ChronoUnit.MINUTES))).run("ct/200 is slow");

        assertThat(toolResults(openAi.requests().get(3))).singleElement().asString().startsWith("DONE restart_lxc on ct/200@pve1");
        assertThat(report.actions()).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(Status.EXECUTED));
        List<AuditRecord> records = audit.auditTrail();
        assertThat(records).extracting(r -> r.event().type()).containsExactly(AuditEventType.PROPOSED, AuditEventType.DECIDED,
            AuditEventType.STARTED, AuditEventType.FINISHED);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.event().tool()).isEqualTo("restart_lxc");
            assertThat(r.event().target()).isEqualTo("ct/200@pve1");
            assertThat(r.event().actionId()).isEqualTo(records.get(0).event().actionId());
        });
        assertThat(audit.verifyAudit().intact()).isTrue();
        assertThat(pve.fake().requests()).anySatisfy(r -> assertThat(r.method() + " " + r.path()).contains("POST").contains("/lxc/200/status/"));
    }

    @Test
    void should_say_in_one_line_that_the_model_refused_the_key_before_doing_anything() {
        openAi.failing(401, "Incorrect API key provided");

        assertThatThrownBy(() -> crew(proposal -> Decision.denied(proposal, "alice", "no")).run("full sweep"))
            .isInstanceOf(ModelUnavailableException.class)
            .satisfies(e -> assertThat(((ModelUnavailableException) e).describe("openai:gpt at http://x/v1"))
                .startsWith("the model openai:gpt at http://x/v1 did not answer: ").contains("Incorrect API key")
                .doesNotContain("Exception").doesNotContain("\n"));
        assertThat(openAi.requests()).hasSize(1);
        assertThat(auditTypes()).isEmpty();
    }

    @Test
    void should_name_a_refused_connection_without_a_class_name() {
        ChatModel closed = dev.langchain4j.model.openai.OpenAiChatModel.builder().baseUrl("http://127.0.0.1:9/v1")
            .apiKey("x").modelName("m").maxRetries(0).build();
        Crew crew = Crew.builder().model(closed).runtime(ProxmoxToolset.runtime(client).store(audit).build()).build();

        assertThatThrownBy(() -> crew.run("full sweep")).isInstanceOf(ModelUnavailableException.class)
            .hasMessage("the model did not answer: connection refused (is the server running, and is the URL right?)");
    }

    private List<AuditEventType> auditTypes() {
        return audit.auditTrail().stream().map(r -> r.event().type()).toList();
    }
}
