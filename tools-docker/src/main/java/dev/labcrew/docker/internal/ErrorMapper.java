package dev.labcrew.docker.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.docker.DockerException;
import java.nio.charset.StandardCharsets;

/** The one place where an Engine API status and the daemon's {@code message} become a {@link DockerException}. */
final class ErrorMapper {
    private final String host;

    ErrorMapper(String host) {
        this.host = host;
    }

    DockerException fromResponse(String method, String path, int status, byte[] body) {
        String message = message(body);
        String request = method + " " + path;
        return switch (status) {
            case 304 -> error(ErrorKind.CONFLICT, request + ": nothing to do, "
                + (path.endsWith("/stop") ? "the container is already stopped" : "the container is already started"),
                "no change was needed", method, path, status, message);
            case 400 -> message.contains("client version")
                ? error(ErrorKind.REMOTE_ERROR, "Docker engine " + host + " refused the API version: " + message,
                    "Labcrew negotiates the version from /version; a proxy in front of the engine may rewrite paths",
                    method, path, status, message)
                : error(ErrorKind.BAD_INPUT, "Docker engine " + host + " refused " + request + ": " + message,
                    "check the parameters of the call", method, path, status, message);
            case 401, 403 -> error(status == 401 ? ErrorKind.AUTH_FAILED : ErrorKind.PERMISSION_DENIED,
                "Docker engine " + host + " denied " + request + ": " + message,
                "an authorization plugin or proxy in front of the engine refused it; check its rules", method, path, status, message);
            case 404 -> error(ErrorKind.NOT_FOUND, message.isEmpty() ? request + ": not found" : message + " (on " + host + ")",
                path.startsWith("/containers") ? "list the containers with list_docker_containers"
                    : path.startsWith("/images") ? "list the images with list_docker_images"
                    : path.startsWith("/networks") ? "call inspect_docker_network without a network to list them"
                    : "this engine may not have that endpoint; check its version with check_docker_system_health",
                method, path, status, message);
            case 409 -> error(ErrorKind.CONFLICT, "Docker engine " + host + " refused " + request + ": " + message,
                "the object is in use or in the wrong state; check it and try again", method, path, status, message);
            default -> error(ErrorKind.REMOTE_ERROR,
                "Docker engine " + host + " failed " + request + " (HTTP " + status + ")" + (message.isEmpty() ? "" : ": " + message),
                "the engine's own words are above; its log (journalctl -u docker) has more", method, path, status, message);
        };
    }

    private DockerException error(ErrorKind kind, String message, String hint, String method, String path, int status,
                                  String engineMessage) {
        return new DockerException(kind, oneLine(message), hint, host, method, path, status, engineMessage, null);
    }

    private static String message(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode json = DockerJson.mapper().readTree(text);
            if (json != null && json.hasNonNull("message")) {
                return oneLine(json.get("message").asText());
            }
        } catch (java.io.IOException notJson) {
            // plain text from a proxy or an old engine
        }
        String line = oneLine(text);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
