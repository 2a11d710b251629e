package dev.labcrew.agents.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The crew's roles asked in turn, each answer kept as a note ({@code monitor: ...}). When the model
 * fails at the first question, before anything was done, {@link ModelUnavailableException} says so; when it
 * fails later (unreachable, key refused, too many tool calls), the failure is noted and later roles are
 * skipped: the same error would only repeat.
 */
final class Conversation {
    private static final String NO_ANSWER = "(no answer: the model failed)";

    private final ChatModel model;
    private final Consumer<String> progress;
    private final List<String> notes = new ArrayList<>();
    private String failure;

    Conversation(ChatModel model, Consumer<String> progress) {
        this.model = model;
        this.progress = progress;
    }

    String ask(Role role, Map<ToolSpecification, ToolExecutor> tools, String message) {
        if (failure != null) {
            notes.add(role.title() + ": skipped, the model failed earlier");
            return NO_ANSWER;
        }
        progress.accept(role.title() + " is working");
        try {
            String answer = Assistants.create(model, role, tools, null).answer(message);
            answer = answer == null || answer.isBlank() ? "(no answer)" : answer.strip();
            notes.add(role.title() + ": " + answer);
            return answer;
        } catch (RuntimeException e) {
            failure = ModelFailure.describe(e);
            if (notes.isEmpty()) {
                // the first question: nothing was read or proposed through the model yet
                throw new ModelUnavailableException(failure, e);
            }
            notes.add(role.title() + ": the model call failed: " + failure);
            return NO_ANSWER;
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
