package dev.labcrew.core.redact;

import java.util.Arrays;

/**
 * Where the fixed strings a key line may hold ({@code -----END }, the private-key marker, the PEM
 * headers) occur in one text, asked about left to right: each is searched for once per stretch of
 * text instead of by a regex on every line, which keeps {@link KeyBodyRule} linear and cheap.
 */
final class Landmarks {
    private final String text;
    private final String[] needles;
    private final int[] next;

    Landmarks(String text, String... needles) {
        this.text = text;
        this.needles = needles.clone();
        this.next = new int[needles.length];
        Arrays.fill(next, -2);
    }

    /** Whether needle {@code i} occurs wholly between {@code from} and {@code to}; {@code from} must not decrease between calls. */
    boolean within(int i, int from, int to) {
        if (next[i] != -1 && next[i] < from) {
            next[i] = text.indexOf(needles[i], from);
        }
        return next[i] >= from && next[i] + needles[i].length() <= to;
    }
}
