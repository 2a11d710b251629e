package dev.labcrew.core.redact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a key in {@code KEY=value}, {@code key: value} or {@code --key value} names a
 * secret, and what kind. Strong words count anywhere in the key ({@code PGPASSWORD},
 * {@code client_secret}); short ones only as its last part ({@code DB_PASS}, {@code access_token},
 * {@code basic_auth}), so that {@code max_tokens}, {@code author} or {@code bypass} stay readable.
 */
final class SecretKeys {
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Shell variables that end like a secret key but hold a directory. */
    private static final Set<String> NOT_SECRET = Set.of("pwd", "oldpwd");
    /** Values that say something about a secret without being one. */
    private static final Pattern NOT_A_VALUE = Pattern.compile("(?i)true|false|null|none|\\*+|\\$\\{?\\w+}?");
    /** How documentation and hints spell a secret they do not show: SECRET, TOKEN_SECRET, <secret>, xxx, ***. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z_]*+|<[\\w -]++>|\\{\\w++}|x{3,}+|X{3,}+|\\*++|\\.{3}+");
    /** An API token string {@code USER@REALM!TOKENID=SECRET}, as a hint spells it with a placeholder secret. */
    private static final Pattern TOKEN_STRING = Pattern.compile("[\\w.+-]++@[\\w.-]++![\\w.-]++=(?<secret>.*+)");
    /**
     * A lookahead that refuses a value which reports what happened to a secret instead of holding
     * one, as in {@code the API token: Authentication failed!} or {@code token: no such token 'x'}:
     * the words servers answer a failed login with.
     */
    static final String NOT_AN_OUTCOME = "(?![\"']?(?i:(?:authentication|authorization|auth|login)[ \\t]++(?:failed|failure|error|required)"
            + "|no[ \\t]++(?:ticket|such[ \\t]++(?:token|user))|invalid[ \\t]++(?:token|ticket|credentials?|password|signature|value)"
            + "|token[ \\t]++'[^'\\r\\n]{0,64}+'[ \\t]++access[ \\t]++expired|permission[ \\t]++(?:denied|check[ \\t]++failed)"
            + "|access[ \\t]++denied|unauthori[sz]ed|forbidden)\\b)";

    private SecretKeys() {
    }

    /** Whether {@code value} is a placeholder for a secret rather than one. */
    static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).matches();
    }

    /** The label for the key's value, or null when the key does not name a secret. */
    static String label(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        String joined = SEPARATORS.matcher(lower).replaceAll("");
        String[] parts = SEPARATORS.split(lower);
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        if (NOT_SECRET.contains(joined)) {
            return null;
        }
        if (joined.contains("passw") || joined.contains("passphrase") || Set.of("pass", "pwd", "pw").contains(last)) {
            return "password";
        }
        if (joined.contains("privatekey") || joined.contains("privkey")) {
            return "private-key";
        }
        if (joined.contains("secret")) {
            return "secret";
        }
        if (joined.contains("apikey")) {
            return "api-key";
        }
        if (joined.contains("accesskey")) {
            return "access-key";
        }
        if (last.endsWith("token")) {
            return "token";
        }
        if (joined.contains("credential")) {
            return "credential";
        }
        return last.equals("auth") ? "auth" : null;
    }

    /** The label when {@code key} names a secret and {@code value} is a real value, not a placeholder. */
    static String labelFor(String key, String value) {
        if (NOT_A_VALUE.matcher(value).matches()) {
            return null;
        }
        Matcher token = TOKEN_STRING.matcher(value);
        return token.matches() && isPlaceholder(token.group("secret")) ? null : label(key);
    }
}
