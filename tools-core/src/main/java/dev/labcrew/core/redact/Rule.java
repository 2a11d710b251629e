package dev.labcrew.core.redact;

/** One kind of secret and how to find it in text. */
@FunctionalInterface
interface Rule {
    /** The text with every secret of this kind replaced by its marker; markers already there stay as they are. */
    String apply(String text);

    static String marker(String label) {
        return "[REDACTED:" + label + "]";
    }
}
