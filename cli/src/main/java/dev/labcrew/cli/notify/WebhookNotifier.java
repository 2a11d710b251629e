package dev.labcrew.cli.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A JSON POST to any URL ({@code LABCREW_WEBHOOK_URL}), signed when {@code LABCREW_WEBHOOK_SECRET} is
 * set: {@code X-Labcrew-Signature: sha256=<hex HMAC-SHA256 of the raw body>}. The body's schema is in
 * the README ("Webhook payload"); a receiver should compare the signature in constant time.
 */
final class WebhookNotifier implements Notifier {
    static final String SIGNATURE = "X-Labcrew-Signature";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final String secret;
    private final Http http;

    WebhookNotifier(URI url, String secret, Http http) {
        this.url = url;
        this.secret = secret;
        this.http = http;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void send(Notice notice) throws IOException {
        byte[] body = JSON.writeValueAsBytes(payload(notice));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json").header("User-Agent", "labcrew")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null && !secret.isEmpty()) {
            request.header(SIGNATURE, "sha256=" + sign(secret, body));
        }
        http.send(request.build());
    }

    static ObjectNode payload(Notice n) {
        ObjectNode root = JSON.createObjectNode();
        root.put("event", n.event()).put("id", n.id()).put("tool", n.tool()).put("target", n.target()).put("risk", n.risk())
            .put("summary", n.summary()).put("text", n.text());
        ArrayNode preview = root.putArray("preview");
        n.preview().forEach(preview::add);
        root.put("undo", n.undo()).put("reason", n.reason()).put("approvers_required", n.approversRequired())
            .put("created_at", n.createdAt().toString()).put("expires_at", n.expiresAt().toString());
        ArrayNode links = root.putArray("links");
        n.links().forEach(l -> links.addObject().put("approver", l.approver()).put("url", l.url()));
        root.put("list_url", n.listUrl());
        return root;
    }

    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
