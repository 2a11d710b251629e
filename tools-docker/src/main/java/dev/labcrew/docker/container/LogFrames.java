package dev.labcrew.docker.container;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a log answer into lines per stream. Without a TTY the engine multiplexes stdout and stderr:
 * each frame is an 8-byte header (stream 0 stdin, 1 stdout, 2 stderr; three zero bytes; a big-endian
 * 32-bit payload length) and the payload. With a TTY there is one raw stream and no header at all.
 */
final class LogFrames {
    /** One line of output and the stream it came from: {@code stdout}, {@code stderr} or {@code tty}. */
    record Line(String stream, String text) {
    }

    private LogFrames() {
    }

    static List<Line> split(byte[] body, boolean tty) {
        List<Line> lines = new ArrayList<>();
        if (tty || !looksMultiplexed(body)) {
            addLines(lines, tty ? "tty" : "stdout", new String(body, StandardCharsets.UTF_8));
            return lines;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int at = 0;
        while (at + 8 <= body.length) {
            int stream = body[at];
            long size = ((body[at + 4] & 0xffL) << 24) | ((body[at + 5] & 0xff) << 16) | ((body[at + 6] & 0xff) << 8) | (body[at + 7] & 0xff);
            int end = (int) Math.min(body.length, at + 8L + size);
            String payload = new String(body, at + 8, end - at - 8, StandardCharsets.UTF_8);
            StringBuilder buffer = stream == 2 ? err : out;
            buffer.append(payload);
            // a frame may end mid-line; emit only complete lines, keep the rest for the next frame of that stream
            int cut = buffer.lastIndexOf("\n");
            if (cut >= 0) {
                addLines(lines, stream == 2 ? "stderr" : "stdout", buffer.substring(0, cut));
                buffer.delete(0, cut + 1);
            }
            at = end;
        }
        addLines(lines, "stdout", out.toString());
        addLines(lines, "stderr", err.toString());
        return lines;
    }

    /** A multiplexed answer starts with a header whose stream byte is 0-2 and whose next three bytes are 0. */
    static boolean looksMultiplexed(byte[] body) {
        return body.length >= 8 && body[0] >= 0 && body[0] <= 2 && body[1] == 0 && body[2] == 0 && body[3] == 0;
    }

    private static void addLines(List<Line> lines, String stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(new Line(stream, line.stripTrailing()));
            }
        }
    }
}
