package dev.labcrew.core.redact;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reversible masking of addresses for users who do not want their network layout sent to a model:
 * IPv4 and IPv6 addresses become {@code ip-1}, {@code ip-2}..., host names {@code host-1}...; the
 * same original always gets the same token within one masker, and {@link #unmask} puts the
 * originals back into the model's answer. Host names are dotted names ending in a common or
 * home-network domain ({@code nas.home.arpa}, {@code node1.lan}) plus the known names given to
 * {@link #create(Collection)}, matched as whole words. MAC addresses are kept. Thread-safe.
 *
 * <pre>{@code
 * Masker masker = Masker.create(List.of("node1", "nas"));
 * String prompt = masker.mask(toolOutput);      // "node1 at 192.168.1.10" -> "host-1 at ip-1"
 * String answer = masker.unmask(modelAnswer);   // tokens back to the real names
 * }</pre>
 */
public final class Masker {
    private final Pattern knownNames;
    private final Map<String, String> tokenByOriginal = new HashMap<>();
    private final Map<String, String> originalByToken = new HashMap<>();
    private int ips;
    private int hosts;

    private Masker(Pattern knownNames) {
        this.knownNames = knownNames;
    }

    /** A masker for addresses and dotted host names. */
    public static Masker create() {
        return new Masker(null);
    }

    /** A masker that also masks these plain host names (node names, short host names). */
    public static Masker create(Collection<String> knownNames) {
        return new Masker(AddressPatterns.knownNames(knownNames));
    }

    /** The text with addresses and host names replaced by stable tokens. */
    public synchronized String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replace(AddressPatterns.IPV4, text, "ip", m -> true);
        out = replace(AddressPatterns.IPV6, out, "ip", m -> m.group().chars().anyMatch(Character::isDigit));
        out = replace(AddressPatterns.FQDN, out, "host", m -> AddressPatterns.isHostDomain(m.group("tld")));
        return knownNames == null ? out : replace(knownNames, out, "host", m -> true);
    }

    /** The text with every token this masker handed out replaced by its original; other text unchanged. */
    public synchronized String unmask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return AddressPatterns.TOKEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                originalByToken.getOrDefault(m.group(), m.group())));
    }

    private String replace(Pattern pattern, String text, String kind, Predicate<Matcher> accept) {
        Matcher match = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (match.find()) {
            match.appendReplacement(out, Matcher.quoteReplacement(accept.test(match) ? token(kind, match.group()) : match.group()));
        }
        return match.appendTail(out).toString();
    }

    private String token(String kind, String original) {
        String key = kind + ":" + original.toLowerCase(Locale.ROOT);
        return tokenByOriginal.computeIfAbsent(key, k -> {
            String token = kind + "-" + (kind.equals("ip") ? ++ips : ++hosts);
            originalByToken.put(token, original);
            return token;
        });
    }
}
