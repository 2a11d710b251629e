package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.proxmox.ProxmoxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The one place where an HTTP status and the server's words become a {@link ProxmoxException}. */
final class ErrorMapper {
    private static final String AUTH_HINT = "check PROXMOX_TOKEN_ID is USER@REALM!TOKENID and PROXMOX_TOKEN_SECRET "
            + "is the token's UUID; header format PVEAPIToken=USER@REALM!TOKENID=SECRET";

    private final String tokenId;

    ErrorMapper(String tokenId) {
        this.tokenId = tokenId;
    }

    ProxmoxException fromResponse(String method, String path, int status, String reasonPhrase, String body) {
        JsonNode json = parse(body);
        String message = Texts.oneLine(json.path("message").asText(""));
        if (message.isEmpty()) {
            message = Texts.oneLine(reasonPhrase == null ? "" : reasonPhrase);
        }
        Map<String, String> params = paramErrors(json.path("errors"));
        String request = method + " " + path;
        if (status == 400) {
            String detail = params.isEmpty() ? message
                    : params.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining("; "));
            return error(ErrorKind.BAD_INPUT, "Proxmox refused the parameters of " + request + ": " + detail,
                    "fix the named parameters; formats are in the PVE API viewer", method, path, status, message, params);
        }
        if (status == 401) {
            return error(ErrorKind.AUTH_FAILED, "Proxmox rejected the API token" + (message.isEmpty() ? "" : ": " + message),
                    AUTH_HINT, method, path, status, message, params);
        }
        if (status == 403) {
            PermissionDenial denial = PermissionDenial.parse(message, tokenId);
            return error(ErrorKind.PERMISSION_DENIED, denial.message() + " (" + request + ")", denial.hint(),
                    method, path, status, message, params);
        }
        if (status == 404) {
            return error(ErrorKind.NOT_FOUND, request + ": " + message,
                    "check the node name, VMID and path", method, path, status, message, params);
        }
        if (status == 500) {
            ServerError classified = ServerError.classify(message);
            return error(classified.kind(), request + ": " + message, classified.hint(), method, path, status, message, params);
        }
        if (status == 501) {
            return error(ErrorKind.REMOTE_ERROR, request + ": not implemented by this Proxmox (" + message + ")",
                    "the method or path does not exist in this PVE version; check it in the API viewer",
                    method, path, status, message, params);
        }
        if (status >= 595 && status <= 599) {
            return error(ErrorKind.UNREACHABLE, request + ": node unreachable through the cluster proxy ("
                    + status + (message.isEmpty() ? "" : " " + message) + ")",
                    "the target node may be down or cut off from the node you connect to; check its online flag in GET /cluster/status",
                    method, path, status, message, params);
        }
        return error(ErrorKind.REMOTE_ERROR, request + ": HTTP " + status + (message.isEmpty() ? "" : " " + message),
                "check that PROXMOX_URL points at the PVE API itself, https://HOST:8006/api2/json",
                method, path, status, message, params);
    }

    private static ProxmoxException error(ErrorKind kind, String message, String hint, String method, String path,
            int status, String reason, Map<String, String> params) {
        return new ProxmoxException(kind, Texts.oneLine(message), hint, method, path, status, reason, params, null);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : PveJson.mapper().readTree(body);
            return node == null ? PveJson.mapper().createObjectNode() : node;
        } catch (Exception notJson) {
            return PveJson.mapper().createObjectNode();
        }
    }

    private static Map<String, String> paramErrors(JsonNode errors) {
        Map<String, String> result = new LinkedHashMap<>();
        errors.properties().forEach(e -> result.put(e.getKey(), Texts.oneLine(e.getValue().asText(""))));
        return result;
    }
}
