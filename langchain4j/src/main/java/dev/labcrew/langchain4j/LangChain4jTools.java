package dev.labcrew.langchain4j;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.tool.ToolDefinition;
import dev.labcrew.core.tool.ToolParam;
import dev.labcrew.core.tool.ToolRuntime;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolArgumentsException;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.langchain4j.service.tool.ToolProvider;
import dev.langchain4j.service.tool.ToolProviderResult;
import java.util.LinkedHashMap;
import java.util.List;
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
            tools.put(specification(tool), (request, memoryId) -> runtime.call(tool.name(), arguments(request.arguments())).text());
        }
        return tools;
    }

    /**
     * The LangChain4j form of a tool: its name, description and the JSON schema of its parameters (each with
     * its type and description, the required ones listed), as LangChain4j's own {@code @Tool} scan would give.
     * A tool without parameters has none.
     */
    public static ToolSpecification specification(ToolDefinition tool) {
        ToolSpecification.Builder spec = ToolSpecification.builder().name(tool.name());
        if (tool.description() != null && !tool.description().isEmpty()) {
            spec.description(tool.description());
        }
        if (!tool.params().isEmpty()) {
            Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
            for (ToolParam param : tool.params()) {
                properties.put(param.name(), element(param));
            }
            List<String> required = tool.params().stream().filter(ToolParam::required).map(ToolParam::name).toList();
            spec.parameters(JsonObjectSchema.builder().addProperties(properties).required(required).build());
        }
        return spec.build();
    }

    private static JsonSchemaElement element(ToolParam param) {
        String description = param.description() == null || param.description().isEmpty() ? null : param.description();
        return switch (param.type()) {
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            default -> JsonStringSchema.builder().description(description).build();
        };
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
