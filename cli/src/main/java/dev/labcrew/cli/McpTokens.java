package dev.labcrew.cli;

import dev.labcrew.core.LabcrewException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bearer tokens HTTP clients of {@code labcrew mcp --http} may send, each with the name its holder
 * approves as: {@code alice:SECRET1,bob:SECRET2}, or one bare {@code SECRET} held by the OS account
 * running the server. Two tokens are two people under the two-person rule; one token is one person,
 * whatever its clients call themselves.
 */
final class McpTokens {
    private static final Pattern NAMED = Pattern.compile("([A-Za-z0-9_.@-]{1,64}):(.+)");

    /** Names Labcrew records for decisions no person made: no token may carry them. */
    private static final Set<String> RESERVED = Set.of("nobody", "labcrew");

    private final Map<String, byte[]> secrets;

    private McpTokens(Map<String, byte[]> secrets) {
        this.secrets = secrets;
    }

    /** Parses the tokens; {@code owner} names a bare one. */
    static McpTokens parse(String value, String owner) {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        List<String> parts = List.of(value.split(","));
        for (String part : parts) {
            var named = NAMED.matcher(part.strip());
            String name = parts.size() > 1 || named.matches() ? (named.matches() ? named.group(1) : null) : owner;
            String secret = named.matches() ? named.group(2) : part.strip();
            if (name == null || secret.isBlank() || secrets.containsKey(name)) {
                throw LabcrewException.badInput("Cannot read the MCP tokens: each of several needs a distinct NAME:SECRET",
                    "e.g. " + McpCommand.TOKEN_ENV + "=alice:" + "<secret>,bob:<secret>");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (named.matches() && (RESERVED.contains(lower) || lower.startsWith("policy"))) {
                throw LabcrewException.badInput("Cannot use the MCP token name '" + name + "': Labcrew uses it for decisions no person made",
                    "name each token for the person who holds it, e.g. alice:<secret>");
            }
            secrets.put(name, secret.getBytes(StandardCharsets.UTF_8));
        }
        return new McpTokens(secrets);
    }

    /** The name of the token in an {@code Authorization: Bearer ...} header, or null when none matches. */
    String identify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        byte[] sent = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, byte[]> token : secrets.entrySet()) {
            if (MessageDigest.isEqual(sent, token.getValue())) {
                found = token.getKey();
            }
        }
        return found;
    }
}
