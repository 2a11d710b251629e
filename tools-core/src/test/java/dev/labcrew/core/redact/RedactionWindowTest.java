package dev.labcrew.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A tool shows a window of a log: the last N lines, a page, a budget's worth. Redaction must hold on
 * every window of every log, whichever line the window starts or ends on, in every way a tool renders
 * lines: plain, indented, with syslog or docker prefixes, CRLF, inside a JSON string, as a JSON array.
 */
class RedactionWindowTest {
    private static final int PIECE = 24;
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/=]{" + PIECE + ",}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, UnaryOperator<String>> LINE_FORMATS = Map.of(
            "plain", line -> line,
            "indented", line -> "    " + line,
            "syslog", line -> "Dec 05 10:00:01 pve1 offsite-sync[4121]: " + line,
            "docker", line -> "2024-11-25T02:44:51.123456789Z " + line,
            "docker json-file", line -> "{\"log\":" + json(line + "\n") + ",\"stream\":\"stderr\",\"time\":\"2024-11-25T02:44:51Z\"}");

    private final Redactor redactor = Redactor.defaults();

    static final List<String> PVE_TEXTS = SecretCorpus.PVE_TEXTS;

    @ParameterizedTest
    @FieldSource("PVE_TEXTS")
    void should_leave_proxmox_texts_byte_identical(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void should_leave_no_key_material_in_any_window_of_the_secret_corpus() {
        for (List<String> log : SecretCorpus.logs()) {
            assertEveryWindowHolds(log);
        }
    }

    @Test
    void should_leave_no_key_material_in_any_window_of_the_demo_lab() {
        List<List<String>> logs = DemoLabLogs.all();
        assertThat(logs.stream().flatMap(List::stream)).as("the demo lab's deploy key").anyMatch(l -> l.contains("OPENSSH PRIVATE KEY"));

        for (List<String> log : logs) {
            assertEveryWindowHolds(log);
        }
    }

    private void assertEveryWindowHolds(List<String> log) {
        Set<String> pieces = pieces(SecretCorpus.bodyLines(log));
        boolean[] keyLine = SecretCorpus.keyLines(log);
        Map<String, List<String>> alone = new HashMap<>();
        LINE_FORMATS.forEach((name, format) -> alone.put(name, log.stream().map(line -> redactor.redact(format.apply(line))).toList()));
        for (int from = 0; from < log.size(); from++) {
            for (int to = from + 1; to <= log.size(); to++) {
                List<String> window = log.subList(from, to);
                for (Map.Entry<String, UnaryOperator<String>> format : LINE_FORMATS.entrySet()) {
                    String out = redactor.redact(render(window, format.getValue(), "\n"));
                    String where = format.getKey() + " window " + from + ".." + to + ":\n" + out;
                    assertNoPiece(out, pieces, where);
                    for (int i = from; i < to; i++) {
                        // a line around a key reads as it would alone: the window's context redacts nothing more
                        if (!keyLine[i] && !out.contains(alone.get(format.getKey()).get(i))) {
                            assertThat(out).as("line %d of %s", i, where).contains(alone.get(format.getKey()).get(i));
                        }
                    }
                    if (format.getKey().equals("syslog")) {
                        assertThat(redactor.redact(out)).as("redacting twice, " + where).isEqualTo(out);
                    }
                }
                for (String out : List.of(render(window, line -> line, "\r\n"), json(Map.of("log", String.join("\n", window))),
                        json(window), pretty(Map.of("lines", window)))) {
                    assertNoPiece(redactor.redact(out), pieces, "window " + from + ".." + to + " of " + out);
                }
            }
        }
    }

    private static void assertNoPiece(String out, Set<String> pieces, String where) {
        Matcher run = BASE64_RUN.matcher(out);
        while (run.find()) {
            for (int i = run.start(); i + PIECE <= run.end(); i++) {
                String piece = out.substring(i, i + PIECE);
                if (pieces.contains(piece)) {
                    assertThat(piece).as("key material left in %s", where).isNull();
                }
            }
        }
    }

    private static Set<String> pieces(List<String> bodyLines) {
        Set<String> pieces = new HashSet<>();
        for (String line : bodyLines) {
            for (int i = 0; i + PIECE <= line.length(); i++) {
                pieces.add(line.substring(i, i + PIECE));
            }
        }
        return pieces;
    }

    private static String render(List<String> window, UnaryOperator<String> format, String separator) {
        List<String> lines = new ArrayList<>();
        window.forEach(line -> lines.add(format.apply(line)));
        return String.join(separator, lines);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pretty(Object value) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
