package dev.labcrew.cli;

import dev.labcrew.agents.llm.ChatSession;
import dev.labcrew.agents.llm.ModelConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code labcrew chat}: a conversation with an assistant that holds every tool. Lines are read from
 * the terminal until {@code exit} or end of input; a changing call shows its proposal on stderr and
 * reads the human's y/N and reason from the same terminal. Answers go to stdout. Exit 0 after a
 * conversation; 1 when it cannot start (no model configured: one line naming {@code LABCREW_MODEL}
 * and offering {@code labcrew triage}; a bad model setting; no terminal).
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Talk with an assistant that holds every tool; each change asks you first. "
    + "Needs LABCREW_MODEL (openai:MODEL, ollama:MODEL or anthropic:MODEL); without one, use 'labcrew triage'.",
         footer = {"", "Example:", "  LABCREW_MODEL=... labcrew chat --demo"})
final class ChatCommand implements Callable<Integer> {
    /** Enough for a few questions with their tool calls, small enough for a local model's context. */
    static final int MAX_MESSAGES = 20;
    private static final int MAX_ERROR_CHARS = 300;

    @Mixin
    LabOptions lab;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> env = Labcrew.env(spec);
        ModelConfig model = ModelConfig.fromEnv(Settings.load(env));
        if (!model.isConfigured()) {
            err.println("labcrew chat: no model configured; set LABCREW_MODEL=openai:MODEL, ollama:MODEL or anthropic:MODEL, "
                + "or run 'labcrew triage --demo', which needs no model");
            err.flush();
            return Labcrew.FAILED;
        }
        BufferedReader terminal = Labcrew.terminal(spec);
        if (terminal == null) {
            err.println("labcrew chat: no terminal to talk with (and nobody to approve changes); run it in an interactive shell");
            err.flush();
            return Labcrew.FAILED;
        }
        try (LabSession session = LabSession.open(lab, env, terminal, err)) {
            ChatSession chat = ChatSession.builder().model(model.chatModel()).runtime(session.runtime())
                .analyzers(session::analyzers).maxMessages(MAX_MESSAGES).build();
            err.println("labcrew chat with " + model + (session.isDemo() ? " on the demo lab" : "")
                + ". Every change asks you first. Type 'exit' or press Ctrl-D to end.");
            converse(chat, terminal, out, err);
        }
        return 0;
    }

    private static void converse(ChatSession chat, BufferedReader terminal, PrintWriter out, PrintWriter err) throws IOException {
        while (true) {
            err.print("you> ");
            err.flush();
            String line = terminal.readLine();
            if (line == null || isExit(line)) {
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                out.println(chat.send(line.strip()));
            } catch (RuntimeException e) {
                err.println("labcrew: the model call failed: " + firstLine(e));
            }
            out.flush();
            err.flush();
        }
    }

    private static boolean isExit(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return word.equals("exit") || word.equals("quit");
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(e.toString());
        return message.length() > MAX_ERROR_CHARS ? message.substring(0, MAX_ERROR_CHARS) + "..." : message;
    }
}
