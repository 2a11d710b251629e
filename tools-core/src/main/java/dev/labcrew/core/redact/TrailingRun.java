package dev.labcrew.core.redact;

import dev.labcrew.core.redact.KeyLine.Kind;
import java.util.regex.Pattern;

/**
 * The base64 run a line ends with, for {@link KeyLine}: it must start the line or follow a space, a
 * quote, a bracket, a comma or {@code =} ({@code SHA256:k3mQ...} and {@code sha256:9f86...} do not
 * count), and it must not follow a public key type ({@code ssh-ed25519 AAAA...}).
 */
final class TrailingRun {
    private static final int RANDOM_LENGTH = 24;
    static final int RUN_LENGTH = 16;
    /** A run that starts with a slash may be a path: /mnt/pve/NAS/Backups2024. Key lines are 64 or 70 wide. */
    private static final int PATH_LENGTH = 48;
    /** Five lower-case letters in a row: part of a word. Names are mostly words; base64 is not (half of it at most). */
    private static final int WORD_LENGTH = 5;
    /** Public keys are not secret: {@code ssh-ed25519 AAAA...}, {@code ecdsa-sha2-nistp256 AAAA...}. */
    private static final Pattern PUBLIC_KEY_TYPE = Pattern.compile("(?:sk-)?(?:ssh|ecdsa)-[\\w@.-]++");

    private TrailingRun() {
    }

    /** The run at the end of the line, {@code from} to {@code end}, classified; OTHER when there is none. */
    static KeyLine of(String text, int from, int end) {
        int padded = end;
        while (padded > from && end - padded < 2 && text.charAt(padded - 1) == '=') {
            padded--;
        }
        int start = padded;
        while (start > from && isBase64(text.charAt(start - 1))) {
            start--;
        }
        if (start == padded || start > from && "\"'`([{<|,=> \t".indexOf(text.charAt(start - 1)) < 0
                || isPublicKey(text, from, start)) {
            return new KeyLine(Kind.OTHER, from, from);
        }
        Kind kind = looksRandom(text, start, padded) ? Kind.BODY
                : padded - start >= RUN_LENGTH ? Kind.RUN : Kind.SHORT_RUN;
        return new KeyLine(kind, start, end);
    }

    static boolean isBase64(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/');
    }

    /** Whether the word before the run names a public key type. */
    private static boolean isPublicKey(String text, int from, int start) {
        int wordEnd = start;
        while (wordEnd > from && (text.charAt(wordEnd - 1) == ' ' || text.charAt(wordEnd - 1) == '\t')) {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordEnd < start && PUBLIC_KEY_TYPE.matcher(text).region(wordStart, wordEnd).matches();
    }

    /**
     * Upper case, lower case and digits, changing often and seldom spelling a word: base64 of random
     * bytes. Words, camel-case names ({@code AbstractBeanFactory2}), hex digests and short paths do
     * not pass; a run is long enough to hold a 24-character piece of a key.
     */
    private static boolean looksRandom(String text, int start, int end) {
        if (end - start < (text.charAt(start) == '/' ? PATH_LENGTH : RANDOM_LENGTH)) {
            return false;
        }
        int classes = 0;
        int changes = 0;
        int inWords = 0;
        int lowerRun = 0;
        int previous = -1;
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : '/';
            int kind = Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? 2 : Character.isDigit(c) ? 4 : 8;
            if (kind != 2) {
                inWords += lowerRun >= WORD_LENGTH ? lowerRun : 0;
                lowerRun = 0;
            } else {
                lowerRun++;
            }
            if (i < end) {
                classes |= kind;
                changes += previous >= 0 && previous != kind ? 1 : 0;
                previous = kind;
            }
        }
        return (classes & 7) == 7 && changes * 4 >= end - start && inWords * 2 <= end - start;
    }
}
