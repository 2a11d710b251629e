package dev.labcrew.core.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.labcrew.core.Risk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change a caller asked for, as the human who decides sees it: tool, canonical arguments, target,
 * risk, the caller's stated reason, a preview of what changes and how to undo it.
 *
 * <p>{@link #hash()} covers what is decided on (tool, arguments, target, risk, target state, and the
 * preview and undo the human reads), not the caller's reason or the time: an approval is bound to that
 * hash and applies to exactly this change of exactly this target, described in exactly these words.
 * Previews therefore carry absolute times, never "3h ago".
 */
public record ActionProposal(String tool, Map<String, Object> arguments, String target, Risk risk, String reason,
                             List<String> preview, String undo, Map<String, String> targetState, Instant createdAt) {
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public ActionProposal {
        arguments = new TreeMap<>(arguments);
        preview = List.copyOf(preview);
        targetState = new TreeMap<>(targetState);
        reason = reason == null ? "" : reason;
    }

    /** SHA-256 (hex) of the canonical JSON of tool, arguments, target, risk, target state, preview and undo. */
    public String hash() {
        return sha256(canonical(true));
    }

    /**
     * SHA-256 of tool, arguments and target alone: the same request, whatever the target's state.
     * Used to tell "the target changed since it was approved" from "a different request".
     */
    public String requestHash() {
        return sha256(canonical(false));
    }

    private String canonical(boolean withState) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tool", tool);
        fields.put("arguments", arguments);
        fields.put("target", target);
        if (withState) {
            fields.put("risk", risk.name());
            fields.put("targetState", targetState);
            fields.put("preview", preview);
            fields.put("undo", undo);
        }
        try {
            return CANONICAL.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Proposal arguments are not JSON-serializable", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
