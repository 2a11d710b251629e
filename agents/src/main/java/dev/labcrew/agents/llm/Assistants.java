package dev.labcrew.agents.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.Map;

/**
 * Builds a role's AI service so that no mistake of the model ends the conversation: an unknown tool
 * name, arguments that are not a JSON object, or an unexpected failure each come back as a tool
 * result the model can read (LangChain4j's defaults abort the call for the first two).
 */
final class Assistants {
    /** Enough for a thorough diagnosis; a model looping on tools stops here. */
    static final int MAX_TOOL_ROUND_TRIPS = 25;

    private Assistants() {
    }

    static RoleService create(ChatModel model, Role role, Map<ToolSpecification, ToolExecutor> tools, ChatMemory memory) {
        List<String> names = tools.keySet().stream().map(ToolSpecification::name).sorted().toList();
        AiServices<RoleService> builder = AiServices.builder(RoleService.class)
            .chatModel(model)
            .systemMessage(role.systemPrompt())
            .tools(tools)
            .maxToolCallingRoundTrips(MAX_TOOL_ROUND_TRIPS)
            .hallucinatedToolNameStrategy(request -> ToolExecutionResultMessage.from(request, "ERROR BAD_INPUT: there is no tool '"
                + request.name() + "' for the " + role.title() + ". Tools you can call: " + String.join(", ", names)))
            .toolArgumentsErrorHandler((error, context) -> ToolErrorHandlerResult.text("ERROR BAD_INPUT: "
                + context.toolExecutionRequest().name() + ": " + message(context.rawError())
                + "\nhint: pass the arguments as one JSON object, e.g. {\"vmid\": 102}"))
            .toolExecutionErrorHandler((error, context) -> ToolErrorHandlerResult.text("ERROR: "
                + context.toolExecutionRequest().name() + " failed: " + message(error)));
        if (memory != null) {
            builder.chatMemory(memory);
        }
        return builder.build();
    }

    private static String message(Throwable error) {
        return error == null || error.getMessage() == null ? String.valueOf(error) : error.getMessage();
    }
}
