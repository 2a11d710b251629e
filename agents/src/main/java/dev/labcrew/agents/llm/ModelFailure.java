package dev.labcrew.agents.llm;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * What went wrong with a model call, in words a user reads in one line: "connection refused", "the host
 * gpu.lan did not resolve", "timed out", or the provider's own first line (a refused key, an unknown model),
 * never a Java class name or a stack trace.
 */
final class ModelFailure {
    private ModelFailure() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return t.getMessage() == null ? "its host did not resolve" : "the host " + t.getMessage() + " did not resolve";
            }
            if (t instanceof ConnectException) {
                return "connection refused (is the server running, and is the URL right?)";
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "timed out";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && (root.getMessage() == null || root.getMessage().equals(String.valueOf(root.getCause())))) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("").strip();
        message = message.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "").strip();
        return message.isEmpty() ? "it failed without saying why" : message;
    }
}
