package dev.labcrew.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
    @Test
    void should_have_no_model_when_unset_or_none() {
        assertThat(ModelConfig.fromEnv(Map.of()).isConfigured()).isFalse();
        assertThat(ModelConfig.fromEnv(Map.of("LABCREW_MODEL", "none")).isConfigured()).isFalse();
        assertThatThrownBy(() -> ModelConfig.fromEnv(Map.of()).chatModel()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_reach_ollama_through_its_openai_compatible_api() {
        ModelConfig local = ModelConfig.fromEnv(Map.of("LABCREW_MODEL", "ollama:llama3.1"));
        assertThat(local).hasToString("ollama:llama3.1 at http://localhost:11434/v1");
        assertThat(local.chatModel()).isInstanceOf(OpenAiChatModel.class);
        assertThat(ModelConfig.fromEnv(Map.of("LABCREW_MODEL", "ollama:qwen2.5", "OLLAMA_BASE_URL", "http://gpu:11434/")))
            .hasToString("ollama:qwen2.5 at http://gpu:11434/v1");
    }

    @Test
    void should_build_openai_and_anthropic_models_without_showing_keys() {
        ModelConfig openAi = ModelConfig.fromEnv(Map.of("LABCREW_MODEL", "openai:gpt-4o-mini", "OPENAI_API_KEY", "sk-secret"));
        assertThat(openAi.chatModel()).isInstanceOf(OpenAiChatModel.class);
        assertThat(openAi).hasToString("openai:gpt-4o-mini at https://api.openai.com/v1");
        ModelConfig vllm = ModelConfig.fromEnv(Map.of("LABCREW_MODEL", "openai:qwen", "OPENAI_BASE_URL", "http://vllm:8000/v1"));
        assertThat(vllm).hasToString("openai:qwen at http://vllm:8000/v1");
        ModelConfig claude = ModelConfig.fromEnv(Map.of("LABCREW_MODEL", "anthropic:claude-sonnet-4-5", "ANTHROPIC_API_KEY", "sk-ant"));
        assertThat(claude.chatModel()).isInstanceOf(AnthropicChatModel.class);
        assertThat(claude.toString()).doesNotContain("sk-ant");
    }

    @Test
    void should_reject_a_bad_value_or_a_missing_key_in_one_line_with_a_hint() {
        assertBadInput(Map.of("LABCREW_MODEL", "gpt-4o"), "LABCREW_MODEL 'gpt-4o' is not openai:MODEL, ollama:MODEL, anthropic:MODEL or none");
        assertBadInput(Map.of("LABCREW_MODEL", "openai:"), "LABCREW_MODEL 'openai:' is not");
        assertBadInput(Map.of("LABCREW_MODEL", "mistral:large"), "LABCREW_MODEL 'mistral:large' is not");
        assertBadInput(Map.of("LABCREW_MODEL", "openai:gpt-4o"), "LABCREW_MODEL=openai:gpt-4o needs OPENAI_API_KEY");
        assertBadInput(Map.of("LABCREW_MODEL", "anthropic:claude"), "needs ANTHROPIC_API_KEY");
        assertBadInput(Map.of("LABCREW_MODEL", "ollama:llama3.1", "OLLAMA_BASE_URL", "gpu:11434"), "OLLAMA_BASE_URL 'gpu:11434' is not an http(s) URL");
    }

    private static void assertBadInput(Map<String, String> env, String message) {
        assertThatThrownBy(() -> ModelConfig.fromEnv(env)).isInstanceOfSatisfying(LabcrewException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
            assertThat(e.getMessage()).contains(message).doesNotContain("\n");
            assertThat(e.hint()).isNotBlank();
        });
    }
}
