package dev.labcrew.agents.llm;

import static dev.labcrew.agents.llm.ScriptedOpenAi.answer;
import static dev.labcrew.agents.llm.ScriptedOpenAi.messages;
import static dev.labcrew.agents.llm.ScriptedOpenAi.toolCall;
import static dev.labcrew.agents.llm.ScriptedOpenAi.toolNames;
import static dev.labcrew.agents.llm.ScriptedOpenAi.toolResults;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.proxmox.analysis.ProxmoxAnalyzers;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatSessionTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private final ScriptedOpenAi openAi = new ScriptedOpenAi();
    private ProxmoxClient client;

    @BeforeEach
    void open() {
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(pve.fake().baseUrl()).tokenId(pve.fake().tokenId())
            .tokenSecret(pve.fake().tokenSecret()).caPem(pve.fake().certificatePem()).build());
    }

    @AfterEach
    void close() {
        openAi.close();
        client.close();
    }

    @Test
    void should_offer_every_tool_and_ask_the_runtime_gate_for_a_change() {
        ToolRuntime runtime = ProxmoxToolset.runtime(client).gate(p -> Decision.denied(p, "bob", "ask me tomorrow")).build();
        ChatSession chat = ChatSession.builder().model(openAi.model()).runtime(runtime).analyzers(() -> ProxmoxAnalyzers.create(client)).build();
        openAi.script(toolCall("stop_lxc", "{\"vmid\": 200}"), answer("bob denied it"));

        chat.send("stop 200");

        List<JsonNode> requests = openAi.requests();
        assertThat(toolNames(requests.get(0))).hasSize(35).contains("list_lxc_containers", "provision_lxc", "stop_lxc", "resize_lxc_disk", "run_analyzers", "list_vms", "stop_vm", "check_backups");
        assertThat(toolResults(requests.get(1))).singleElement().asString().startsWith("DENIED by bob: ask me tomorrow");
    }

    @Test
    void should_remember_the_conversation_within_its_window() {
        ToolRuntime runtime = ProxmoxToolset.runtime(client).build();
        ChatSession chat = ChatSession.builder().model(openAi.model()).runtime(runtime).maxMessages(4).build();
        openAi.script(answer("one"), answer("two"), answer("three"));

        chat.send("first");
        chat.send("second");
        chat.send("third");

        JsonNode last = openAi.requests().get(2);
        assertThat(messages(last, "user")).extracting(m -> m.path("content").asText()).containsExactly("second", "third");
        assertThat(messages(last, "system")).hasSize(1);
    }
}
