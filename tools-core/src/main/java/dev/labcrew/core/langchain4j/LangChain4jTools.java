package dev.labcrew.core.langchain4j;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolRuntime;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolArgumentsException;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands Labcrew tools to a LangChain4j AI service as {@link ToolExecutor}s that call the
 * {@link ToolRuntime}, never the tool objects themselves, so no call can walk around the runtime.
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *     .chatModel(model)
 *     .toolProvider(LangChain4jTools.toolProvider(runtime))
 *     .build();
 * }</pre>
 */
public final class LangChain4jTools {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LangChain4jTools() {
    }

    /** Every tool of the runtime's catalog, each executed through the runtime. */
    public static Map<ToolSpecification, ToolExecutor> executors(ToolRuntime runtime) {
        Map<ToolSpecification, ToolExecutor> tools = new LinkedHashMap<>();
        for (ToolDefinition tool : runtime.catalog().definitions()) {
            tools.put(tool.specification(), (request, memoryId) -> runtime.call(tool.name(), arguments(request.arguments())).text());
        }
        return tools;
    }

    /** The same tools as a static {@link ToolProvider}. */
    public static ToolProvider toolProvider(ToolRuntime runtime) {
        ToolProviderResult result = new ToolProviderResult(executors(runtime));
        return request -> result;
    }

    private static Map<String, Object> arguments(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ToolArgumentsException("Tool arguments are not a JSON object: " + e.getOriginalMessage());
        }
    }
}
