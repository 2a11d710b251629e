package dev.labcrew.core.redact;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@link Masker} treats as an address. MAC addresses are never matched: six colon groups are
 * not an IPv6 address, and they are what tells two guests apart. A dotted name counts as a host
 * only when its last label is a common or home-network top-level domain, so file names
 * ({@code backup.tar.zst}) and class names ({@code java.io.File}) stay.
 */
final class AddressPatterns {
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    static final Pattern IPV4 = Pattern.compile("(?<![\\w.])" + OCTET + "(?:\\." + OCTET + "){3}(?!\\w|\\.\\d)");

    private static final String H = "[0-9A-Fa-f]{1,4}";
    static final Pattern IPV6 = Pattern.compile("(?<![\\w:.])(?:"
            + "(?:" + H + ":){7}" + H
            + "|(?:" + H + ":){1,6}:" + H
            + "|(?:" + H + ":){1,5}(?::" + H + "){1,2}"
            + "|(?:" + H + ":){1,4}(?::" + H + "){1,3}"
            + "|(?:" + H + ":){1,3}(?::" + H + "){1,4}"
            + "|(?:" + H + ":){1,2}(?::" + H + "){1,5}"
            + "|" + H + ":(?::" + H + "){1,6}"
            + "|(?:" + H + ":){1,7}:"
            + "|::(?:" + H + ":){0,6}" + H
            + ")(?![\\w:])");

    static final Pattern FQDN = Pattern.compile(
            "(?<![\\w.-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+(?<tld>[A-Za-z]{2,24})(?![\\w-]|\\.[A-Za-z0-9])");
    private static final Set<String> TLDS = Set.of("com", "net", "org", "io", "dev", "app", "info", "biz", "me", "co",
            "xyz", "cloud", "online", "site", "tech", "eu", "de", "uk", "fr", "nl", "be", "at", "ch", "se", "no", "dk", "fi",
            "pl", "it", "es", "cz", "pt", "ie", "us", "ca", "au", "nz", "jp", "ru", "br", "lan", "local", "localdomain", "home",
            "internal", "intranet", "corp", "private", "arpa", "test", "example", "invalid", "box");

    static final Pattern TOKEN = Pattern.compile("(?<![\\w-])(?:host|ip)-\\d+(?![\\w-])");

    private AddressPatterns() {
    }

    static boolean isHostDomain(String tld) {
        return TLDS.contains(tld.toLowerCase(Locale.ROOT));
    }

    /** Whole-word, case-insensitive match of the given names; null when there are none. */
    static Pattern knownNames(Collection<String> names) {
        String alternatives = names.stream()
                .filter(n -> n != null && !n.isBlank())
                .map(String::strip)
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return alternatives.isEmpty() ? null
                : Pattern.compile("(?i)(?<![\\w.-])(?:" + alternatives + ")(?![\\w-]|\\.[A-Za-z0-9])");
    }
}
