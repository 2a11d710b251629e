package dev.labcrew.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labcrew.proxmox.ProxmoxClient;
import dev.labcrew.proxmox.ProxmoxConfig;
import dev.labcrew.proxmox.ProxmoxToolset;
import dev.labcrew.testkit.proxmox.FakeProxmox;
import dev.labcrew.testkit.proxmox.FakeProxmoxExtension;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.service.tool.ToolExecutor;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tools as a LangChain4j AI service sees them: specifications plus executors that go through the runtime. */
class LangChain4jToolsTest {
    @RegisterExtension
    static FakeProxmoxExtension pve = FakeProxmoxExtension.withScenario("homelab-incidents");

    private ProxmoxClient client;
    private Map<ToolSpecification, ToolExecutor> tools;

    @BeforeEach
    void connect() {
        FakeProxmox fake = pve.fake();
        client = ProxmoxClient.create(ProxmoxConfig.builder().url(fake.baseUrl()).tokenId(fake.tokenId())
            .tokenSecret(fake.tokenSecret()).caPem(fake.certificatePem()).retry(3, Duration.ofMillis(1), Duration.ofMillis(5)).build());
        tools = LangChain4jTools.executors(ProxmoxToolset.runtime(client).build());
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void should_describe_parameters_with_json_schema() {
        ToolSpecification spec = spec("troubleshoot_lxc_startup");
        assertThat(spec.description()).contains("fails to start");
        assertThat(spec.parameters().properties().get("vmid")).isInstanceOf(JsonIntegerSchema.class);
        assertThat(spec.parameters().required()).containsExactly("vmid");
    }

    @Test
    void should_execute_through_the_runtime_and_return_budgeted_text() {
        String text = execute("troubleshoot_lxc_startup", "{\"vmid\": 102}");
        assertThat(text).contains("/run/pve").contains("tmpfiles");
    }

    @Test
    void should_return_failures_as_text_the_model_can_read() {
        assertThat(execute("check_lxc_status", "{\"vmid\": 555}")).startsWith("ERROR NOT_FOUND: No guest with VMID 555");
        assertThat(execute("check_lxc_status", "{\"vmid\": \"abc\"}")).startsWith("ERROR BAD_INPUT");
    }

    private ToolSpecification spec(String name) {
        return tools.keySet().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private String execute(String name, String arguments) {
        ToolExecutionRequest request = ToolExecutionRequest.builder().id("call-1").name(name).arguments(arguments).build();
        return tools.get(spec(name)).execute(request, "memory");
    }
}
