package dev.labcrew.docker.container;

import dev.labcrew.core.TextResult;
import java.util.List;

/**
 * The recent log of one container, stdout and stderr told apart (unless it has a TTY), oldest first.
 *
 * @param errors the lines that look like errors (error, fatal, panic, exception, OOM...), also in {@code lines}
 * @param requested how many lines were asked for (the tail)
 * @param since the {@code since} asked for, or null
 */
public record ContainerLogs(String host, String container, boolean tty, int requested, String since, List<LogLine> lines,
                            List<LogLine> errors) implements TextResult {
    public ContainerLogs {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
    }

    @Override
    public String toText() {
        return LogText.render(this);
    }
}
