package dev.labcrew.cli.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * The Telegram Bot API's {@code sendMessage} ({@code POST <api>/bot<token>/sendMessage}) with an inline
 * keyboard button that opens the signed link; one message per approver. The API answers
 * {@code {"ok":true,...}}; {@code "ok":false} is a failure even with status 200.
 */
final class TelegramNotifier implements Notifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final String botToken;
    private final String chatId;
    private final Http http;

    TelegramNotifier(URI api, String botToken, String chatId, Http http) {
        this.api = api;
        this.botToken = botToken;
        this.chatId = chatId;
        this.http = http;
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public void send(Notice notice) throws IOException {
        if (notice.links().isEmpty()) {
            post(message(notice, null, notice.listUrl()));
        }
        for (Notice.Link link : notice.links()) {
            post(message(notice, link.approver(), link.url()));
        }
    }

    private void post(ObjectNode message) throws IOException {
        String base = api.toString().endsWith("/") ? api.toString() : api + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "bot" + botToken + "/sendMessage")).timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(message))).build();
        JsonNode answer = JSON.readTree(http.send(request));
        if (!answer.path("ok").asBoolean(false)) {
            throw new IOException("Telegram refused the message: " + answer.path("description").asText("no description"));
        }
    }

    ObjectNode message(Notice n, String approver, String url) {
        ObjectNode m = JSON.createObjectNode();
        m.put("chat_id", chatId).put("text", n.title() + (approver == null ? "" : " (for " + approver + ")") + "\n\n" + n.text());
        if (url != null) {
            ArrayNode row = m.putObject("reply_markup").putArray("inline_keyboard").addArray();
            row.addObject().put("text", n.event().equals("test") ? "Open" : "Review and decide").put("url", url);
        }
        return m;
    }
}
