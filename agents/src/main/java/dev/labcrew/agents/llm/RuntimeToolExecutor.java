package dev.labcrew.agents.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.tool.ToolResult;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.ToolArgumentsException;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One tool as LangChain4j sees it: parses the model's JSON arguments and hands them to a call that
 * ends in the {@link dev.labcrew.core.tool.ToolRuntime}, never to a tool method. The runtime's text
 * (redacted, budgeted, failures included) is what the model reads; failures are flagged as errors.
 */
final class RuntimeToolExecutor implements ToolExecutor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tool;
    private final BiFunction<String, Map<String, Object>, ToolResult> call;

    RuntimeToolExecutor(String tool, BiFunction<String, Map<String, Object>, ToolResult> call) {
        this.tool = tool;
        this.call = call;
    }

    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
        return call.apply(tool, arguments(request.arguments())).text();
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
        ToolResult result = call.apply(tool, arguments(request.arguments()));
        return ToolExecutionResult.builder().isError(result.isError()).resultText(result.text()).build();
    }

    /** The model's arguments as a map; anything but a JSON object is the model's mistake, told back to it. */
    static Map<String, Object> arguments(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> arguments = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            return arguments == null ? Map.of() : arguments;
        } catch (JsonProcessingException e) {
            throw new ToolArgumentsException("the arguments are not a JSON object: " + e.getOriginalMessage());
        }
    }
}
