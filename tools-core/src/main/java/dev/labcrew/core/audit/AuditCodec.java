package dev.labcrew.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads audit lines. The MAC covers the canonical form of a line without its {@code mac}
 * field: the parsed JSON written back with keys sorted. Appending computes it from the line's parsed
 * form, exactly as verifying does, so the two always see the same bytes whatever the details hold.
 */
final class AuditCodec {
    static final String GENESIS = "0".repeat(64);
    private static final List<String> FIELDS = List.of("seq", "time", "type", "actionId", "tool", "target", "risk",
            "proposalHash", "details", "prevMac", "mac");
    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper CANONICAL = JSON.rebuild().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    private AuditCodec() {
    }

    /** The record's fields without the MAC, in reading order, already in the form a reader will parse. */
    static ObjectNode content(long seq, Instant time, AuditEvent event, String prevMac) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", seq);
        node.put("time", time.toString());
        node.put("type", event.type().name());
        node.put("actionId", event.actionId());
        node.put("tool", event.tool());
        node.put("target", event.target());
        node.put("risk", event.risk());
        node.put("proposalHash", event.proposalHash());
        node.set("details", JSON.valueToTree(event.details()));
        node.put("prevMac", prevMac);
        try {
            return (ObjectNode) JSON.readTree(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details are not JSON-serializable: " + e.getOriginalMessage(), e);
        }
    }

    /** The exact text the MAC is computed over. */
    static String canonical(ObjectNode withoutMac) {
        try {
            return CANONICAL.writeValueAsString(withoutMac);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String line(ObjectNode content, String mac) {
        ObjectNode node = content.deepCopy().put("mac", mac);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditLine parse(int number, String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return AuditLine.broken(number, "not JSON");
        }
        if (!(tree instanceof ObjectNode node)) {
            return AuditLine.broken(number, "not a JSON object");
        }
        for (String field : FIELDS) {
            if (!node.hasNonNull(field)) {
                return AuditLine.broken(number, "field '" + field + "' is missing");
            }
        }
        try {
            String mac = node.remove("mac").asText();
            return new AuditLine(number, toRecord(node, mac), canonical(node), null);
        } catch (RuntimeException e) {
            return AuditLine.broken(number, "unreadable field (" + e.getMessage() + ")");
        }
    }

    private static AuditRecord toRecord(ObjectNode node, String mac) {
        if (!node.get("seq").canConvertToLong() || !node.get("details").isObject()) {
            throw new IllegalArgumentException("seq must be a number and details an object");
        }
        AuditEvent event = new AuditEvent(AuditEventType.valueOf(node.get("type").asText()), node.get("actionId").asText(),
                node.get("tool").asText(), node.get("target").asText(), node.get("risk").asText(),
                node.get("proposalHash").asText(), JSON.convertValue(node.get("details"), DETAILS));
        return new AuditRecord(node.get("seq").asLong(), Instant.parse(node.get("time").asText()), event,
                node.get("prevMac").asText(), mac);
    }
}
