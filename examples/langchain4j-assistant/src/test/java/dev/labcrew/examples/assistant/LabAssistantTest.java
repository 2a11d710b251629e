package dev.labcrew.examples.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.labcrew.core.approval.ActionProposal;
import dev.labcrew.core.approval.Decision;
import dev.labcrew.core.tool.ToolRuntime;
import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The assistant with a scripted model instead of a real one, against FakeProxmox. */
class LabAssistantTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private ProxmoxClient client;

    @BeforeEach
    void connect() {
        FakeProxmox fake = pve.fake();
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
            .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).build());
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    /** First asks for the list and a restart; then answers with what the tools returned. */
    static final class ScriptedModel implements ChatModel {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            List<ChatMessage> messages = request.messages();
            if (!(messages.get(messages.size() - 1) instanceof ToolExecutionResultMessage)) {
                assertTrue(request.toolSpecifications().stream().anyMatch(t -> t.name().equals("restart_lxc")));
                return ChatResponse.builder().aiMessage(AiMessage.from(
                    ToolExecutionRequest.builder().id("1").name("list_lxc_containers").arguments("{}").build(),
                    ToolExecutionRequest.builder().id("2").name("restart_lxc")
                        .arguments("{\"vmid\": 200, \"reason\": \"memory at 95%\"}").build())).build();
            }
            String results = messages.stream().filter(ToolExecutionResultMessage.class::isInstance)
                .map(m -> ((ToolExecutionResultMessage) m).text()).collect(Collectors.joining("\n"));
            return ChatResponse.builder().aiMessage(AiMessage.from(results)).build();
        }
    }

    @Test
    void the_model_reads_the_lab_and_a_human_denies_its_change() {
        List<ActionProposal> shown = new ArrayList<>();
        ToolRuntime runtime = ProxmoxToolset.runtime(client).gate(proposal -> {
            shown.add(proposal);                                    // what a human would see
            return Decision.denied(proposal, "alice", "not during backups");
        }).build();

        String answer = LabAssistant.assistant(new ScriptedModel(), runtime).chat("postgres is slow, restart it");

        assertTrue(answer.contains("pihole"), answer);             // the read-only tool ran
        assertTrue(answer.contains("not during backups"), answer); // the change did not
        assertEquals(1, shown.size());
        assertEquals("restart_lxc", shown.get(0).tool());
    }
}
