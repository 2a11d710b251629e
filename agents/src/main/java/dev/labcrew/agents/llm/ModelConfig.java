package dev.labcrew.agents.llm;

import dev.labcrew.core.LabcrewException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Which chat model the agents talk to, read from the environment:
 * {@code LABCREW_MODEL=openai:MODEL|ollama:MODEL|anthropic:MODEL|none} (unset means none), with
 * {@code OPENAI_API_KEY} and {@code OPENAI_BASE_URL} (any OpenAI-compatible server: vLLM, LM Studio),
 * {@code OLLAMA_BASE_URL} (default {@code http://localhost:11434/v1}; Ollama is reached through its
 * OpenAI-compatible API) and {@code ANTHROPIC_API_KEY}.
 *
 * <pre>{@code
 * ModelConfig config = ModelConfig.fromEnv();
 * if (config.isConfigured()) {
 *     ChatModel model = config.chatModel();
 * }
 * }</pre>
 */
public final class ModelConfig {
    static final String DEFAULT_OLLAMA_URL = "http://localhost:11434/v1";
    private static final String EXAMPLE = "e.g. LABCREW_MODEL=openai:gpt-4o-mini, ollama:llama3.1 or anthropic:claude-sonnet-4-5";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final String provider;
    private final String model;
    private final String apiKey;
    private final String baseUrl;

    private ModelConfig(String provider, String model, String apiKey, String baseUrl) {
        this.provider = provider;
        this.model = model;
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
    }

    /**
     * Reads the process environment.
     *
     * @throws LabcrewException of kind {@code BAD_INPUT}, one line with a hint, for a malformed value or a missing key
     */
    public static ModelConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Reads the given environment (or settings merged from a file and the environment).
     *
     * @throws LabcrewException of kind {@code BAD_INPUT}, one line with a hint, for a malformed value or a missing key
     */
    public static ModelConfig fromEnv(Map<String, String> env) {
        String value = env.getOrDefault("LABCREW_MODEL", "").trim();
        if (value.isEmpty() || value.equalsIgnoreCase("none")) {
            return new ModelConfig("none", "", null, null);
        }
        int colon = value.indexOf(':');
        String provider = colon < 0 ? value.toLowerCase(Locale.ROOT) : value.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String model = colon < 0 ? "" : value.substring(colon + 1).trim();
        if (model.isEmpty() || !(provider.equals("openai") || provider.equals("ollama") || provider.equals("anthropic"))) {
            throw LabcrewException.badInput("LABCREW_MODEL '" + value + "' is not openai:MODEL, ollama:MODEL, anthropic:MODEL or none", EXAMPLE);
        }
        return switch (provider) {
            case "openai" -> openAi(model, env);
            case "ollama" -> new ModelConfig(provider, model, null, url("OLLAMA_BASE_URL", env.getOrDefault("OLLAMA_BASE_URL", DEFAULT_OLLAMA_URL)));
            default -> new ModelConfig(provider, model, key("ANTHROPIC_API_KEY", env, "anthropic"), null);
        };
    }

    private static ModelConfig openAi(String model, Map<String, String> env) {
        String base = blankToNull(env.get("OPENAI_BASE_URL"));
        String key = blankToNull(env.get("OPENAI_API_KEY"));
        if (key == null && base == null) {
            throw LabcrewException.badInput("LABCREW_MODEL=openai:" + model + " needs OPENAI_API_KEY",
                "set OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server (vLLM, LM Studio)");
        }
        return new ModelConfig("openai", model, key, base == null ? null : url("OPENAI_BASE_URL", base));
    }

    private static String key(String name, Map<String, String> env, String provider) {
        String key = blankToNull(env.get(name));
        if (key == null) {
            throw LabcrewException.badInput("LABCREW_MODEL=" + provider + ":... needs " + name, "set " + name + " or choose another LABCREW_MODEL");
        }
        return key;
    }

    /** Checks an http(s) URL; a bare host gets {@code /v1}, where OpenAI-compatible servers answer. */
    private static String url(String name, String value) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw LabcrewException.badInput(name + " '" + value + "' is not an http(s) URL", "e.g. " + name + "=http://localhost:11434/v1");
        }
        String text = uri.toString();
        return uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/") ? text.replaceAll("/$", "") + "/v1" : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** False for {@code LABCREW_MODEL=none} or unset: then only the offline triage runs. */
    public boolean isConfigured() {
        return !provider.equals("none");
    }

    /**
     * Builds the LangChain4j chat model.
     *
     * @throws IllegalStateException when no model is configured
     */
    public ChatModel chatModel() {
        return switch (provider) {
            case "openai", "ollama" -> OpenAiChatModel.builder().modelName(model).baseUrl(baseUrl)
                .apiKey(apiKey).timeout(TIMEOUT).build();
            case "anthropic" -> AnthropicChatModel.builder().modelName(model).apiKey(apiKey).timeout(TIMEOUT).maxTokens(4096).build();
            default -> throw new IllegalStateException("No model configured (LABCREW_MODEL is unset or none)");
        };
    }

    /** E.g. {@code ollama:llama3.1 at http://gpu:11434/v1}; never shows a key. */
    @Override
    public String toString() {
        String at = baseUrl != null ? baseUrl : provider.equals("openai") ? "https://api.openai.com/v1"
            : provider.equals("anthropic") ? "https://api.anthropic.com" : null;
        return isConfigured() ? provider + ":" + model + (at == null ? "" : " at " + at) : "none";
    }
}
