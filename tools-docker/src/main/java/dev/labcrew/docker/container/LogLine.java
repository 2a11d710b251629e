package dev.labcrew.docker.container;

/**
 * One log line of a container.
 *
 * @param stream {@code stdout}, {@code stderr}, or {@code tty} for a container with a terminal (one stream)
 * @param time when the engine received it, RFC 3339 to the second, or empty
 */
public record LogLine(String stream, String time, String text) {
}
