package dev.labcrew.proxmox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labcrew.proxmox.ProxmoxClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the last lines of a PVE line list ({@code [{n,t}]} plus {@code total}; task log, syslog),
 * which the server sends oldest first: probe to learn {@code total}, then ask from
 * {@code start=total-N}. Returns the lines oldest first. Internal: not part of the API.
 */
public final class LogTail {
    private static final int MAX_PAGES = 200;

    private LogTail() {
    }

    /**
     * @param probe lines to ask for in the first request; when the log is that short, one
     *     request is enough
     */
    public static List<JsonNode> read(ProxmoxClient client, String path, Map<String, String> query, int lines, int probe) {
        JsonNode first = client.getEnvelope(path, page(query, 0, probe));
        List<JsonNode> firstLines = items(first.path("data"));
        if (!first.hasNonNull("total")) {
            return withoutPlaceholder(pageForward(client, path, query, firstLines, lines, probe));
        }
        int total = first.path("total").asInt();
        if (total <= firstLines.size()) {
            return withoutPlaceholder(last(firstLines, lines));
        }
        JsonNode tail = client.getEnvelope(path, page(query, Math.max(0, total - lines), lines));
        return withoutPlaceholder(items(tail.path("data")));
    }

    // a server without "total": walk forward and keep a window of the last lines
    private static List<JsonNode> pageForward(ProxmoxClient client, String path, Map<String, String> query,
            List<JsonNode> firstLines, int lines, int probe) {
        Deque<JsonNode> window = new ArrayDeque<>();
        firstLines.forEach(line -> push(window, line, lines));
        int read = firstLines.size();
        boolean more = firstLines.size() >= probe;
        for (int pages = 0; more && pages < MAX_PAGES; pages++) {
            List<JsonNode> next = items(client.getEnvelope(path, page(query, read, lines)).path("data"));
            next.forEach(line -> push(window, line, lines));
            read += next.size();
            more = next.size() >= lines;
        }
        return new ArrayList<>(window);
    }

    private static void push(Deque<JsonNode> window, JsonNode line, int lines) {
        window.addLast(line);
        if (window.size() > lines) {
            window.removeFirst();
        }
    }

    private static Map<String, String> page(Map<String, String> query, int start, int limit) {
        Map<String, String> params = new HashMap<>(query);
        params.put("start", String.valueOf(start));
        params.put("limit", String.valueOf(limit));
        return params;
    }

    private static List<JsonNode> items(JsonNode data) {
        List<JsonNode> result = new ArrayList<>();
        data.forEach(result::add);
        return result;
    }

    private static List<JsonNode> last(List<JsonNode> all, int lines) {
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    // PVE answers an empty log with the single line {"n":1,"t":"no content"}
    private static List<JsonNode> withoutPlaceholder(List<JsonNode> lines) {
        if (lines.size() == 1 && "no content".equals(lines.get(0).path("t").asText())) {
            return List.of();
        }
        return List.copyOf(lines);
    }
}
