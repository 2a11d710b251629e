package dev.labcrew.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the log's lines; a last line with no newline is a write that was cut short. */
final class AuditFile {
    private AuditFile() {
    }

    static List<AuditLine> read(Path file) {
        return parse(text(file));
    }

    static String text(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit log " + file, e);
        }
    }

    static List<AuditLine> parse(String text) {
        List<AuditLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            boolean cutShort = end < 0;
            String line = cutShort ? text.substring(start) : text.substring(start, end);
            AuditLine parsed = AuditCodec.parse(number, line);
            if (cutShort && !parsed.readable()) {
                parsed = AuditLine.broken(number, parsed.error() + " (truncated: the write was cut short)");
            }
            lines.add(parsed);
            start = cutShort ? text.length() : end + 1;
            number++;
        }
        return lines;
    }

    /** The last readable record, or null for a log with none. */
    static AuditRecord last(List<AuditLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).readable()) {
                return lines.get(i).record();
            }
        }
        return null;
    }
}
