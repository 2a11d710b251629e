package dev.labcrew.core.policy;

import java.util.regex.Pattern;

/** A tool name or a glob: {@code *} any run of characters, {@code ?} one character. */
final class ToolPattern {
    private final String written;
    private final Pattern pattern;

    ToolPattern(String written) {
        this.written = written;
        StringBuilder regex = new StringBuilder();
        for (char c : written.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        this.pattern = Pattern.compile(regex.toString());
    }

    boolean matches(String tool) {
        return pattern.matcher(tool).matches();
    }

    @Override
    public String toString() {
        return written;
    }
}
