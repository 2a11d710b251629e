package dev.labcrew.core.redact;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The patterns {@link Redactor#defaults()} applies, in order: whole blocks first, then keyed values,
 * then what is left of a key without its BEGIN line.
 */
final class BuiltInRules {
    private static final String KEY_NAME = "BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----";
    private static final String NEWLINE = "(?:\\r?\\n|\\\\n)";
    /** A value: double-quoted (JSON escapes allowed), single-quoted, or bare up to whitespace, comma or quote. */
    private static final String VALUE = "(?:\"(?<dq>(?:[^\"\\\\\\r\\n]|\\\\.)*)\"|'(?<sq>[^'\\r\\n]*)'|(?<bare>[^\\s,\"']+))";
    private static final List<String> VALUE_GROUPS = List.of("dq", "sq", "bare");
    /**
     * Schemes that stay readable in an Authorization header; what follows them is the credential.
     * Any word ending in "token" counts, so {@code PVEAPIToken root@pam!id=...} keeps its scheme.
     */
    private static final String AUTH_SCHEMES = "(?:basic|bearer|digest|negotiate|ntlm|[a-z0-9]{0,16}token|apikey|key|hoba|mutual|vapid"
            + "|scram-sha-\\d+|aws4-hmac-sha256)";
    /**
     * A cheap first look at a key, so that the common case (an ordinary key) fails inside the regex
     * instead of matching its value; {@link SecretKeys} then decides and names the secret.
     */
    private static final String SECRET_KEY = "(?i:(?=[\\w.-]{0,64}?(?:passw|passphrase|secret|privkey|private[_.-]?key"
            + "|api[_.-]?key|access[_.-]?key|credential)|(?:[\\w.-]{0,64}[_.-])?(?:[a-z0-9]{0,32}token|pass|pwd|pw|auth)(?![\\w.-]))"
            + "[A-Za-z_][\\w.-]{0,63})";
    /**
     * What every key {@link #SECRET_KEY} accepts holds, ignoring case: passw and passphrase hold "pass", private_key
     * "private", api_key "api", access_key "access", pwd "pw", any *token "token"; and privkey, secret, credential, auth.
     */
    private static final Predicate<String> SECRET_KEY_WORDS = containsIgnoringCase("pass", "secret", "privkey", "private", "api",
        "access", "credential", "token", "pw", "auth");
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private BuiltInRules() {
    }

    static List<Rule> all() {
        return List.of(
                when(text -> text.contains("PRIVATE KEY"),
                        PatternRule.of("(?<secret>-----" + KEY_NAME + "[\\s\\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)",
                        "private-key")),
                // A block cut short (no END line): the BEGIN line and the base64 lines after it, the last
                // one also when a closing quote or bracket or the dots of a cut line follow it.
                when(text -> text.contains("PRIVATE KEY"), PatternRule.of("(?<secret>-----" + KEY_NAME + "(?:" + NEWLINE
                        + "(?:[A-Za-z0-9+/=]++|(?:Proc-Type|DEK-Info|Comment): [^\\r\\n\\\\]*+)(?=\\r?\\n|\\\\n|[\"'\\]},.]|$))*+)", "private-key")),
                // API token strings USER@REALM!TOKENID=SECRET: the id stays, the secret goes; a placeholder
                // such as SECRET or <secret> in a hint stays.
                when(text -> text.indexOf('@') >= 0 && text.indexOf('!') >= 0 && text.indexOf('=') >= 0,
                        new PatternRule("(?<![\\w.+-])[\\w.+-]+@[\\w.-]+![\\w.-]+=(?<secret>[^\\s\"',;]+)", List.of("secret"),
                        (match, secret) -> SecretKeys.isPlaceholder(secret) ? null : "token")),
                when(containsIgnoringCase("bearer"), new PatternRule("(?i)\\bbearer[ \\t]+(?<secret>[A-Za-z0-9._~+/=-]+)", List.of("secret"),
                        (match, token) -> token.length() >= 16 || token.chars().anyMatch(Character::isDigit) ? "token" : null)),
                when(containsIgnoringCase("authorization"),
                        PatternRule.of("(?i)(?<![\\w-])(?:proxy-)?authorization[\"']?[ \\t]*[:=][ \\t]*[\"']?(?:" + AUTH_SCHEMES + "[ \\t]+)?+"
                        + "(?<secret>[^\\s\"',;]+)", "authorization")),
                when(text -> text.contains("://"), PatternRule.of("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s:/@]*:(?<secret>[^\\s/]+)@", "password")),
                when(text -> text.contains("AKIA") || text.contains("ASIA"),
                        PatternRule.of("\\b(?<secret>(?:AKIA|ASIA)[0-9A-Z]{16})\\b", "aws-access-key")),
                // A query parameter ends at the next & or #, so ?password=x&user=y keeps "&user=y".
                when(text -> (text.indexOf('?') >= 0 || text.indexOf('&') >= 0) && SECRET_KEY_WORDS.test(text),
                        new PatternRule("[?&](?<key>" + SECRET_KEY + ")=" + SecretKeys.NOT_AN_OUTCOME + "(?<secret>[^&#\\s\"'<>]++)",
                        List.of("secret"), (match, value) -> SecretKeys.labelFor(match.group("key"), value))),
                when(text -> SECRET_KEY_WORDS.test(text),
                        keyed("(?<![\\w.-])-{0,2}(?<q>[\"']?)(?<key>" + SECRET_KEY + ")\\k<q>[ \\t]*[:=][ \\t]*")),
                when(text -> text.contains("--") && SECRET_KEY_WORDS.test(text),
                        keyed("(?<![\\w-])--(?<key>" + SECRET_KEY + ")[ \\t]+(?!-)")),
                when(containsIgnoringCase("token", "secret", "passw", "api"),
                        PatternRule.of("(?i)(?<![\\w-])[\\w.-]{0,40}(?:token|secret|passw(?:or)?d|api[_-]?key)[\\w.-]{0,40}[\"']?[ \\t:=\"']+"
                        + "(?<secret>" + UUID + ")\\b", "token")),
                // Last: key lines whose BEGIN line a window cut off; the markers above are anchors for it.
                when(KeyBodyRule::mayMatch, new KeyBodyRule()));
    }

    /**
     * Runs {@code rule} only on text where it can match: each rule's condition is a substring its regex cannot match
     * without, checked in one pass instead of a pattern tried at every position (the keyed rule alone took 10 us on
     * a two-line status). {@link KeyBodyRule} has no such substring: it runs on text with an END line, a PEM header
     * or a long enough base64 run.
     */
    private static Rule when(Predicate<String> mayMatch, Rule rule) {
        return text -> mayMatch.test(text) ? rule.apply(text) : text;
    }

    /** Whether the text holds any of these lower-case ASCII words, ignoring ASCII case as the rules' {@code (?i)} does. */
    private static Predicate<String> containsIgnoringCase(String... words) {
        String[][] byStart = new String[128][]; // the words starting with each ASCII character, either case
        for (String word : words) {
            char lower = word.charAt(0);
            char upper = Character.toUpperCase(lower);
            addWord(byStart, lower, word);
            if (upper != lower) {
                addWord(byStart, upper, word);
            }
        }
        return text -> {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 128 && byStart[c] != null) {
                    for (String word : byStart[c]) {
                        if (asciiMatchesAt(text, i, word)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        };
    }

    private static void addWord(String[][] byStart, char start, String word) {
        String[] before = byStart[start] == null ? new String[0] : byStart[start];
        byStart[start] = Arrays.copyOf(before, before.length + 1);
        byStart[start][before.length] = word;
    }

    /**
     * Whether {@code text} holds the lower-case ASCII {@code word} at {@code at}, ignoring ASCII case only, as a
     * pattern's {@code (?i)} without UNICODE_CASE does ({@code String.regionMatches} also folds the Kelvin sign and the
     * long s, and took a third of a status call's redaction).
     */
    private static boolean asciiMatchesAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(at + k);
            char w = word.charAt(k);
            if (c != w && !(w >= 'a' && w <= 'z' && (c | 0x20) == w)) {
                return false;
            }
        }
        return true;
    }

    /** {@code KEY=value}, {@code key: value}, {@code "key": "value"}, {@code --key value} when the key names a secret. */
    private static Rule keyed(String keyRegex) {
        return new PatternRule(keyRegex + SecretKeys.NOT_AN_OUTCOME + VALUE, VALUE_GROUPS,
                (match, value) -> SecretKeys.labelFor(match.group("key"), value));
    }
}
