package dev.labcrew.agents.llm;

import dev.labcrew.core.analysis.Analyzer;
import dev.labcrew.core.tool.ToolRuntime;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One conversation with an assistant that holds every tool of the runtime (and the analyzers as
 * {@code run_analyzers} when given). Changing calls go through the runtime's own approval gate: with
 * a console gate the human sees the proposal inline and answers before the conversation goes on.
 * The memory keeps the last {@code maxMessages} messages. Not thread-safe: one human, one thread.
 *
 * <pre>{@code
 * ChatSession chat = ChatSession.builder().model(model).runtime(runtime).build();
 * String answer = chat.send("why does CT 102 not start?");
 * }</pre>
 */
public final class ChatSession {
    /** Twenty messages: a few questions with their tool calls, small enough for a local model's context. */
    public static final int DEFAULT_MAX_MESSAGES = 20;

    private final RoleService assistant;

    private ChatSession(RoleService assistant) {
        this.assistant = assistant;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends one message and returns the assistant's final answer, after any tool calls and approvals.
     *
     * @throws RuntimeException from LangChain4j when the model cannot be reached or refuses the request;
     *     tool failures never throw, the model reads them as results
     */
    public String send(String message) {
        String answer = assistant.answer(message);
        return answer == null ? "" : answer.strip();
    }

    /** Builds a {@link ChatSession}; the model and the runtime are required. */
    public static final class Builder {
        private ChatModel model;
        private ToolRuntime runtime;
        private Supplier<? extends List<? extends Analyzer>> analyzers;
        private int maxMessages = DEFAULT_MAX_MESSAGES;

        private Builder() {
        }

        public Builder model(ChatModel model) {
            this.model = model;
            return this;
        }

        /** The runtime whose gate decides changes: for a terminal chat, a console gate on the chat's own terminal. */
        public Builder runtime(ToolRuntime runtime) {
            this.runtime = runtime;
            return this;
        }

        /** Adds {@code run_analyzers}, backed by a fresh set of analyzers per call, e.g. {@code () -> ProxmoxAnalyzers.create(client)}. */
        public Builder analyzers(Supplier<? extends List<? extends Analyzer>> analyzers) {
            this.analyzers = Objects.requireNonNull(analyzers, "analyzers");
            return this;
        }

        public Builder maxMessages(int maxMessages) {
            if (maxMessages < 4) {
                throw new IllegalArgumentException("maxMessages under 4 cannot hold a question, a tool call and its answer: " + maxMessages);
            }
            this.maxMessages = maxMessages;
            return this;
        }

        /** @throws IllegalStateException when the model or the runtime is missing */
        public ChatSession build() {
            if (model == null) {
                throw new IllegalStateException("model == null");
            }
            if (runtime == null) {
                throw new IllegalStateException("runtime == null");
            }
            Map<ToolSpecification, ToolExecutor> tools = Role.ASSISTANT.tools(runtime, runtime::call);
            if (analyzers != null) {
                AnalyzerTool analysis = new AnalyzerTool(analyzers, line -> { }, runtime.redactor());
                tools.put(analysis.specification(), analysis.executor());
            }
            return new ChatSession(Assistants.create(model, Role.ASSISTANT, tools, MessageWindowChatMemory.withMaxMessages(maxMessages)));
        }
    }
}
