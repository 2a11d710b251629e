package dev.labcrew.cli.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * ntfy's publish-as-JSON API ({@code POST <server>/} with {@code topic}, {@code title}, {@code message},
 * {@code priority}, {@code tags}, {@code click} and {@code view} action buttons), on ntfy.sh or a
 * self-hosted server, with an access token as {@code Authorization: Bearer}. One message per approver,
 * each carrying that approver's signed link; a destructive change is sent at high priority.
 */
final class NtfyNotifier implements Notifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String topic;
    private final String token;
    private final Http http;

    NtfyNotifier(URI server, String topic, String token, Http http) {
        this.server = server;
        this.topic = topic;
        this.token = token;
        this.http = http;
    }

    @Override
    public String name() {
        return "ntfy";
    }

    @Override
    public void send(Notice notice) throws IOException {
        if (notice.links().isEmpty()) {
            publish(message(notice, null, notice.listUrl()));
        }
        for (Notice.Link link : notice.links()) {
            publish(message(notice, link.approver(), link.url()));
        }
    }

    private void publish(ObjectNode message) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/")).timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(message)));
        if (token != null && !token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        http.send(request.build());
    }

    ObjectNode message(Notice n, String approver, String url) {
        ObjectNode m = JSON.createObjectNode();
        m.put("topic", topic).put("title", n.title() + (approver == null ? "" : " (for " + approver + ")")).put("message", n.text())
            .put("priority", n.risk().equals("DESTRUCTIVE") || n.event().equals("finding.critical") ? 5 : n.event().equals("test") ? 3 : 4);
        ArrayNode tags = m.putArray("tags");
        tags.add(n.event().equals("test") ? "white_check_mark" : "warning").add("labcrew");
        if (url != null) {
            m.put("click", url);
            m.putArray("actions").addObject().put("action", "view").put("label", n.event().equals("test") ? "Open" : "Review and decide")
                .put("url", url).put("clear", true);
        }
        return m;
    }
}
