package dev.labcrew.core.redact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scrubs secrets from text before a model or a user reads it. Each secret is replaced by a marker
 * naming what was removed, such as {@code [REDACTED:password]}; the key, header or user around it
 * stays, so the text still says what was configured. Redacting twice gives the same text.
 *
 * <p>{@link #defaults()} finds: private key blocks, also cut short, and what a window of a log
 * shows of a key without its BEGIN line (the END line, body lines one per log line, in a JSON string
 * or array, behind syslog or docker prefixes, a single body line); API token strings
 * {@code USER@REALM!TOKENID=SECRET} (the id stays); {@code Authorization} header values and
 * {@code Bearer} tokens; passwords in URLs ({@code scheme://user:PASSWORD@host}) and secrets in
 * query strings ({@code ?password=x&user=y}); AWS access key ids; values of keys that name a secret
 * in {@code KEY=value}, {@code key: value}, {@code "key": "value"} and {@code --key value} form
 * (password, passwd, pwd, pass, secret, token, api_key, access_key, private_key, credentials, auth...:
 * {@code PGPASSWORD}, {@code MYSQL_ROOT_PASSWORD}, {@code client_secret}), unless the value is what a
 * server says about a failed login ({@code token: Authentication failed!}); UUIDs right after a token
 * or secret word. High-entropy strings in general are left alone (too many ids and digests look like
 * them), except a base64 run that ends a line and looks like a line of a key body (mixed case and
 * digits, 24 characters or more; public keys after their type, hex digests, UUIDs and names stay);
 * so is {@code -p VALUE}, which is a port as often as a password.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.defaults().withSecrets(List.of(config.tokenSecret()));
 * String safe = redactor.redact(toolOutput);
 * }</pre>
 */
public final class Redactor {
    private final List<Rule> rules;

    private Redactor(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in patterns. */
    public static Redactor defaults() {
        return new Redactor(BuiltInRules.all());
    }

    /**
     * A redactor that also removes these exact strings (the configured token secret, a database
     * password), marked {@code [REDACTED:secret]}. Blank strings and strings shorter than 6
     * characters are ignored: they would match ordinary words.
     */
    public Redactor withSecrets(Collection<String> literals) {
        LiteralRule literal = LiteralRule.of(literals);
        if (literal == null) {
            return this;
        }
        List<Rule> all = new ArrayList<>();
        all.add(literal);
        all.addAll(rules);
        return new Redactor(all);
    }

    /** The text with every secret found replaced by its marker; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule rule : rules) {
            out = rule.apply(out);
        }
        return out;
    }
}
